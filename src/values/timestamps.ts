/** CCE's timestamps, read once for resolvers and the service alike. */
// Go's time.Time default format, which CCE uses for cluster timestamps:
// `2018-08-02 03:48:58.968214406 +0000 UTC`.
const GO_TIME =
  /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)? ([+-]\d{2})(\d{2})(?: [A-Za-z]+)?$/;

/** A CCE timestamp (RFC 3339, or Go's default format) as a Date; null when absent or unreadable. */
export function toDateTime(value: string | null): Date | null {
  if (value === null || value.trim() === '') return null;
  const go = GO_TIME.exec(value.trim());
  const text = go ? `${go[1]}T${go[2]}${(go[3] ?? '').slice(0, 4)}${go[4]}:${go[5]}` : value.trim();
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}
