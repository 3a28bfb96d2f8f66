/**
 * GraphiQL in a real browser (headless Chromium): the shipped ReleaseStatus example tab is run as a
 * newcomer runs it (its tab, its pre-filled headers, the Run button), the release is upgraded from
 * outside, and the result pane shows PENDING_UPGRADE, then DEPLOYED. The CSRF check stays on: the
 * subscription goes as a GET with Accept: text/event-stream, which needs GraphiQL's own header.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { launchBrowser } from '../support/browser.ts';
import { runSelectedTab } from '../support/graphiql.ts';
import { changeRelease } from '../live/subscribe.ts';
import { useStack } from './harness.ts';

// Transitions slow enough that the pending state is on screen before it settles.
const env = useStack({ simulator: { transitionDelayMs: 1_500 } });

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The result pane's text (GraphiQL shows the latest result of a subscription there); the editor
 * draws spaces as no-break spaces.
 */
async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replaceAll('\u00a0', ' ');
}

function resultText(page: Page): Promise<string> {
  return textOf(page, '.graphiql-response');
}

async function waitForResult(page: Page, pattern: RegExp): Promise<string> {
  await expect.poll(() => resultText(page), { timeout: 20_000, interval: 100 }).toMatch(pattern);
  return resultText(page);
}

describe('GraphiQL in a browser', () => {
  it(
    'runs the ReleaseStatus example tab and shows an upgrade made meanwhile: PENDING_UPGRADE, then DEPLOYED',
    { timeout: 90_000 },
    async () => {
      const page = await browser.newPage();
      const refused: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 403) refused.push(response.url());
      });
      try {
        await page.goto(env.stack.gatewayUrl);
        // The tab's editor must show its operation before Run (the editors mount after the tabs).
        await expect
          .poll(
            async () => {
              await page.locator('.graphiql-tab', { hasText: 'ReleaseStatus' }).click();
              return textOf(page, '.graphiql-query-editor');
            },
            { timeout: 30_000, interval: 500 },
          )
          .toContain('subscription ReleaseStatus');
        await runSelectedTab(page, 'ReleaseStatus');

        const settled = await waitForResult(page, /"status": "DEPLOYED"/);
        const revision = Number(/"revision": (\d+)/.exec(settled)?.[1]);
        expect(revision).toBeGreaterThanOrEqual(1);

        await changeRelease(env.client, 'releaseUpgrade', {
          ...DEMO_RELEASES.nginxWeb,
          values: { replicaCount: 5 },
        });
        const pending = await waitForResult(page, /"status": "PENDING_UPGRADE"/);
        expect(pending).toContain(`"revision": ${revision + 1}`);
        const deployed = await waitForResult(page, /"status": "DEPLOYED"/);
        expect(deployed).toContain(`"revision": ${revision + 1}`);
        expect(refused).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
