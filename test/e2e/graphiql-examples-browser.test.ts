/**
 * GraphiQL as a newcomer sees it, in headless Chromium against the real gateway and simulator:
 * every example query and mutation tab answers without errors (the subscription tab has its own
 * test, graphiql-browser.test.ts), the CreateRelease variables (a JSON scalar given an
 * object) carry no false error, no icon shows a stray tooltip, and the example comments fit the
 * editor unwrapped.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.ts';
import { launchBrowser } from '../support/browser.ts';
import { runSelectedTab } from '../support/graphiql.ts';

let stack: Stack;
let browser: Browser;
/** One GraphiQL page (a large one to load) at a laptop's window size; the tests run in order. */
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(stack.gatewayUrl);
  await page.locator('.graphiql-tab-button').first().waitFor({ timeout: 30_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Selects a tab; GraphiQL's draggable tabs take a click event rather than pointer presses. */
async function selectTab(name: string): Promise<void> {
  await page.locator(`.graphiql-tab-button[title="${name}"]`).dispatchEvent('click');
  await page.locator('.graphiql-tab-active .graphiql-tab-button', { hasText: name }).waitFor();
}

/** Runs the selected tab; resolves with the answer GraphiQL received for `operationName`. */
async function run(operationName: string): Promise<{ data?: unknown; errors?: unknown }> {
  const request = await runSelectedTab(page, operationName);
  const response = await request.response();
  if (!response) throw new Error(`${operationName}: the request failed`);
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

describe('GraphiQL in a browser', () => {
  it('runs every example query and mutation tab without errors', async () => {
    // The subscription tab is test/e2e/graphiql-browser.test.ts's.
    for (const name of [
      'Dashboard',
      'Release',
      'CreateRelease',
      'Outdated',
      'UpgradePreview',
      'AddonUpgradePreview',
    ]) {
      await selectTab(name);
      const answer = await run(name);
      expect(answer.errors, name).toBeUndefined();
      expect(answer.data, name).toBeTruthy();
    }
  }, 90_000);

  it('shows no icon tooltip: the pointer over a tab close button is on the button', async () => {
    const close = page.locator('.graphiql-tab-active .graphiql-tab-close');
    const box = await close.boundingBox();
    expect(box).not.toBeNull();
    const target = await page.evaluate(
      ([x, y]) => {
        const element = document.elementFromPoint(x ?? 0, y ?? 0);
        return { tag: element?.tagName, label: element?.getAttribute('aria-label') };
      },
      [(box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2],
    );
    expect(target).toEqual({ tag: 'BUTTON', label: 'Close Tab' });
  }, 60_000);

  it('shows every example comment whole, left of the editor toolbar', async () => {
    const names = await page.locator('.graphiql-tab-button').allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      await selectTab(name);
      const editor = page.locator('.graphiql-query-editor');
      await editor.locator('.view-line').first().waitFor();
      const cut = await editor.evaluate((element) => {
        const toolbar = element.querySelector('.graphiql-toolbar')?.getBoundingClientRect().left;
        const limit = toolbar ?? element.getBoundingClientRect().right;
        return [...element.querySelectorAll('.view-line')]
          .filter((line) => line.textContent?.trimStart().startsWith('#'))
          .filter((line) => (line.firstElementChild?.getBoundingClientRect().right ?? 0) > limit)
          .map((line) => line.textContent);
      });
      expect(cut, name).toEqual([]);
    }
  }, 60_000);

  it('accepts an object for the JSON scalar in the variables (and still flags real errors)', async () => {
    await selectTab('CreateRelease');
    await page.getByText('Variables', { exact: true }).dispatchEvent('click');
    const variables = page.locator('.graphiql-editor-tool .monaco-editor').first();
    await variables.locator('.view-line').first().waitFor();
    // The schema arrives by introspection; once it has, an input of the wrong type is flagged.
    const squiggles = variables.locator('.squiggly-error');
    await expect.poll(() => squiggles.count(), { timeout: 5_000 }).toBe(0);
    await variables.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('{"input": 1}');
    await expect.poll(() => squiggles.count(), { timeout: 20_000 }).toBeGreaterThan(0);
  }, 60_000);
});
