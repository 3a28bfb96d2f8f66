/**
 * The example console (examples/console, built) in headless Chromium against the real gateway
 * and simulator: the dashboard lists clusters, releases and add-ons with their status; a release
 * page shows its history; an upgrade is previewed, refused with the userError beside its field
 * when the input is wrong, then run, and its live status followed until it settles. A part of the
 * dashboard CCE cannot answer is marked while the rest shows.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startConsoleServer, type ConsoleServer } from '../support/console-server.ts';
import { startStack, type Stack } from '../support/stack.ts';

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
    await expect.poll(() => page.locator('.behind').count()).toBeGreaterThan(0);
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

  it('previews the upgrade, runs it, and follows the status until it settles', async () => {
    await page.locator('#values-patch').fill('{"replicaCount": 5}');
    const upgrade = page.getByRole('button', { name: 'Upgrade', exact: true });
    expect(await upgrade.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Preview' }).click();
    const change = page.locator('[aria-label="Preview"] [data-path="replicaCount"]');
    await change.waitFor({ timeout: 20_000 });
    expect(await change.innerText()).toContain('5');
    await upgrade.click();
    const timeline = page.locator('[aria-label="Live status"]');
    await timeline.locator('[data-status="PENDING_UPGRADE"]').first().waitFor({ timeout: 20_000 });
    await timeline.locator('[data-status="DEPLOYED"]').first().waitFor({ timeout: 30_000 });
    expect(await timeline.locator('h3').innerText()).toContain('settled');
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
