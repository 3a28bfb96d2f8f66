/** What a handler answers: a status and an already serialised body. */
export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly contentType: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export const JSON_CONTENT_TYPE = 'application/json';
const TEXT_CONTENT_TYPE = 'text/plain; charset=utf-8';

/** A JSON answer from text the caller already serialised (cached wire JSON is reused as is). */
export function jsonText(status: number, body: string): Reply {
  return { status, body, contentType: JSON_CONTENT_TYPE };
}

export function jsonReply(status: number, value: unknown): Reply {
  return jsonText(status, JSON.stringify(value));
}

export function textReply(status: number, body: string): Reply {
  return { status, body, contentType: TEXT_CONTENT_TYPE };
}

/** A JSON array assembled from items that are already JSON text: no re-serialisation. */
export function jsonArrayText(items: readonly string[]): string {
  return `[${items.join(',')}]`;
}

/** The `{kind, apiVersion, items}` envelope CCE uses for clusters, add-ons and templates. */
export function envelopeText(kind: string, items: readonly string[]): string {
  return `{"kind":${JSON.stringify(kind)},"apiVersion":"v3","items":${jsonArrayText(items)}}`;
}
