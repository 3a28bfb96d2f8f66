/**
 * Running the selected GraphiQL tab in a browser test, as a person does: press Run.
 *
 * GraphiQL takes in a newly selected tab's operation a moment after the tab (and even its editor
 * text) shows: a click before then sends nothing and answers "Cannot infer operation <the previous
 * tab's>" in the result pane (seen on about one tab switch in three here; a person clicks again).
 * So a click that sent no request for the operation within 2 s is made again, at most 5 times; a
 * sent one is never repeated. The button reads "Stop query" while a request runs, and a click then
 * would stop it, so each click waits for "Execute query".
 */
import type { Page, Request } from 'playwright-core';

const ATTEMPTS = 5;
const SEND_WINDOW_MS = 2_000;

/**
 * Whether `request` carries `operationName`: a query or mutation is a POST naming it; a
 * subscription is a GET (Accept: text/event-stream) with the document in the URL.
 */
export function carriesOperation(request: Request, operationName: string): boolean {
  if (request.method() === 'POST') {
    return request.postData()?.includes(`"operationName":"${operationName}"`) === true;
  }
  const params = new URL(request.url()).searchParams;
  return (
    params.get('operationName') === operationName ||
    new RegExp(`\\b(query|mutation|subscription)\\s+${operationName}\\b`).test(
      params.get('query') ?? '',
    )
  );
}

/** Presses Run on the selected tab until GraphiQL sends `operationName`; resolves with that request. */
export async function runSelectedTab(page: Page, operationName: string): Promise<Request> {
  const execute = page.locator('.graphiql-execute-button[aria-label^="Execute"]');
  for (let attempt = 1; ; attempt++) {
    await execute.waitFor({ timeout: 20_000 });
    const requested = page.waitForRequest((request) => carriesOperation(request, operationName), {
      timeout: SEND_WINDOW_MS,
    });
    await execute.click();
    try {
      return await requested;
    } catch (error) {
      if (attempt === ATTEMPTS) throw error;
    }
  }
}
