/**
 * The example console (examples/console, built) in headless Chromium against the real gateway
 * and simulator: the dashboard lists clusters, releases and add-ons with their status and the
 * gateway's "behind latest" and stuck marks; a release page shows its history; an upgrade is
 * refused with the userError beside its field when the input is wrong, previewed by the gateway
 * (values and chart defaults diffs, CCE's dry-run verdict) before it can run, then run, and its
 * live status followed until it settles, after which the history shows the gateway's values diff
 * of the new revision. A part of the dashboard CCE cannot answer is marked while the rest shows.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startConsoleServer, type ConsoleServer } from '../support/console-server.ts';
import { DEMO_ADDONS, DEMO_CLUSTERS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { graphql } from '../generated/index.ts';
import { gql, startStack, type Stack } from '../support/stack.ts';

const RELEASE_UPGRADE = graphql(`
  mutation ConsoleBrowserReleaseUpgrade($input: ReleaseUpgradeInput!) { releaseUpgrade(input: $input) { userErrors { code } } }
`);
const ADDON_UPGRADE = graphql(`
  mutation ConsoleBrowserAddonUpgrade($input: AddonUpgradeInput!) { addonUpgrade(input: $input) { userErrors { code } } }
`);

let stack: Stack;
let consoleServer: ConsoleServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // Transitions slow enough to see the pending state in the timeline.
  stack = await startStack({ simulator: { transitionDelayMs: 1_500 } });
  consoleServer = await startConsoleServer(stack.baseUrl);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await consoleServer?.close();
  await stack?.close();
});

describe('the example console', () => {
  it('shows every cluster with its releases and add-ons and their status', async () => {
    await page.goto(consoleServer.url);
    const production = page.locator('[data-cluster="prod-cce"]');
    await production.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('[data-cluster]').count()).toBeGreaterThanOrEqual(3);
    const nginx = production.locator('[data-release="web/nginx-web"]');
    await expect.poll(() => nginx.locator('.badge').innerText()).toBe('DEPLOYED');
    await expect
      .poll(() => production.locator('[data-addon="coredns"] .badge').innerText())
      .toBe('RUNNING');
    // Releases and add-ons with a newer chart or version carry the "behind latest" mark.
    expect(await nginx.locator('.behind').innerText()).toContain('1.3.0');
    await expect.poll(() => page.locator('.behind').count()).toBeGreaterThan(1);
    // Nothing is pending, so nothing is stuck.
    expect(await page.locator('.stuck').count()).toBe(0);
    const failed = page.locator(
      '[data-cluster="dev-cce"] [data-release="cache/redis-cache"] .badge',
    );
    await expect.poll(() => failed.getAttribute('class')).toContain('badge-bad');
  }, 60_000);

  it('opens a release with its history', async () => {
    await page.locator('[data-cluster="prod-cce"] a', { hasText: 'nginx-web' }).click();
    await page.locator('h1', { hasText: 'nginx-web' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.history tr').count()).toBeGreaterThanOrEqual(1);
  }, 30_000);

  it('shows a refused upgrade input next to its field', async () => {
    await page.locator('#values-patch').fill('5');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() => page.locator('.upgrade .field-errors').innerText(), { timeout: 20_000 })
      .toMatch(/valuesPatch|object/i);
  }, 30_000);

  it('previews the upgrade with the gateway, runs it, and follows the status until it settles', async () => {
    await page.locator('#chart-version').selectOption({ label: '1.3.0' });
    await page.locator('#values-patch').fill('{"replicaCount": 5}');
    const upgrade = page.getByRole('button', { name: 'Upgrade', exact: true });
    expect(await upgrade.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.locator('[aria-label="Preview"]');
    const change = preview.locator('[aria-label="Values diff"] [data-path="replicaCount"]');
    await change.waitFor({ timeout: 20_000 });
    expect(await change.getAttribute('data-kind')).toBe('CHANGED');
    expect(await change.innerText()).toMatch(/2\s+5/);
    // The new chart's defaults moved the image tag; CCE accepted the dry run.
    const defaults = preview.locator('[aria-label="Chart defaults diff"] [data-path="image.tag"]');
    expect(await defaults.innerText()).toContain('1.27.0');
    expect(await preview.locator('[data-dry-run]').getAttribute('data-dry-run')).toBe('true');
    // The preview changed nothing: the release is still at its revision.
    expect(await page.locator('.history tr').count()).toBe(1);

    expect(await upgrade.isDisabled()).toBe(false);
    await upgrade.click();
    const timeline = page.locator('[aria-label="Live status"]');
    await timeline.locator('[data-status="PENDING_UPGRADE"]').first().waitFor({ timeout: 20_000 });
    await timeline.locator('[data-status="DEPLOYED"]').first().waitFor({ timeout: 30_000 });
    expect(await timeline.locator('h3').innerText()).toContain('settled');

    // Settled, the page reads the release again: revision 2 and the gateway's diff against 1.
    await expect.poll(() => page.locator('.history tr').count(), { timeout: 20_000 }).toBe(2);
    const revisionDiff = page.locator('[aria-label="Revision values diff"]');
    expect(await revisionDiff.locator('h3').innerText()).toContain('revision 1 → 2');
    expect(await revisionDiff.locator('[data-path="replicaCount"]').innerText()).toMatch(/2\s+5/);
  }, 60_000);

  it('marks the part of the dashboard CCE could not answer and shows the rest', async () => {
    stack.simulator.setFault({
      operation: 'ListAddonInstances',
      type: 'error',
      status: 500,
      times: 50,
    });
    try {
      await page.goto(`${consoleServer.url}/#/`);
      await page.locator('[data-cluster="prod-cce"]').waitFor({ timeout: 30_000 });
      const marked = page.locator('[data-cluster="prod-cce"] .failed-part');
      await marked.first().waitFor({ timeout: 20_000 });
      expect(await marked.first().innerText()).toContain('UPSTREAM');
      expect(await page.locator('[data-release="web/nginx-web"]').count()).toBeGreaterThan(0);
    } finally {
      stack.simulator.clearFaults();
    }
  }, 60_000);
});

describe('the example console with pending operations', () => {
  let pendingStack: Stack;
  let pendingConsole: ConsoleServer;

  beforeAll(async () => {
    // Transitions take ten minutes and anything pending is stuck at once: what starts stays stuck.
    pendingStack = await startStack({
      simulator: { transitionDelayMs: 600_000 },
      gateway: { insights: { stuckAfterMs: 1 } },
    });
    pendingConsole = await startConsoleServer(pendingStack.baseUrl);
  }, 60_000);

  afterAll(async () => {
    await pendingConsole?.close();
    await pendingStack?.close();
  });

  it('marks a stuck release and a stuck add-on on the dashboard', async () => {
    const release = await gql(pendingStack, RELEASE_UPGRADE, {
      input: { ...DEMO_RELEASES.autopilotNginx, valuesPatch: { replicaCount: 4 } },
    });
    expect(release.data?.releaseUpgrade.userErrors).toEqual([]);
    const addon = await gql(pendingStack, ADDON_UPGRADE, {
      input: {
        clusterId: DEMO_CLUSTERS.development,
        addonId: DEMO_ADDONS.developmentEverest,
        version: '2.3.8',
        valuesPatch: {},
      },
    });
    expect(addon.data?.addonUpgrade.userErrors).toEqual([]);

    await page.goto(pendingConsole.url);
    const stuckRelease = page.locator(
      '[data-cluster="autopilot-web"] [data-release="web/nginx-web"] .stuck',
    );
    await stuckRelease.waitFor({ timeout: 30_000 });
    expect(await stuckRelease.innerText()).toContain('stuck since');
    const stuckAddon = page.locator('[data-cluster="dev-cce"] [data-addon="everest"] .stuck');
    await stuckAddon.waitFor({ timeout: 20_000 });
    // Only what is pending is marked.
    expect(await page.locator('.stuck').count()).toBe(2);
  }, 60_000);
});
