/**
 * What keeps credentials out of the logs: every object a log line carries is copied with the value
 * of each secret-named key (tokens, AK/SK, API keys, passwords, credential headers) replaced by a
 * censor mark, at any depth and in any spelling of the key, and credentials written into strings
 * (URL passwords, `password=` pairs, bearer values) masked. Which keys and strings: the gateway's
 * one masking rule, src/values/masking.ts.
 *
 * One walk over what a line actually holds, instead of pino's path redaction: with wildcard paths
 * pino ran every path over every value of every line (the largest cost of a small request), and
 * still missed secrets nested deeper than its paths went (yoga's details, errors' properties).
 */
import { pino } from 'pino';
import { isSecretKey, maskCredentialsInText } from '../values/masking.ts';

export const CENSOR = '[redacted]';

const serializeError = pino.stdSerializers.err;

function censorValue(value: unknown, path: WeakSet<object>): unknown {
  if (typeof value === 'string') return maskCredentialsInText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (path.has(value)) return '[Circular]';
  path.add(value);
  try {
    // pino's own error shape (type, message, stack, causes, own properties), then walked like the rest.
    if (value instanceof Error) return censorValue({ ...serializeError(value) }, path);
    if (Array.isArray(value)) return value.map((item) => censorValue(item, path));
    // What JSON.stringify would write for it (dates, buffers, URLs).
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return censorValue(toJSON.call(value), path);
    // No prototype: a key named `__proto__` stays an ordinary key, as in the original.
    const copy = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      copy[key] = isSecretKey(key)
        ? CENSOR
        : censorValue((value as Record<string, unknown>)[key], path);
    }
    return copy;
  } finally {
    // Only the current path counts: an object seen twice side by side is not a cycle.
    path.delete(value);
  }
}

/** A value of a flat log field: no objects inside (src/server/flat-log-line.ts). */
export type FlatValue = string | number | boolean | null | readonly string[];

/**
 * `value` of the field `key` as a line may carry it, by the same rule as `censorSecrets`: censored
 * under a secret-named key, credentials in its strings masked. For lines built of flat fields,
 * which need no copy of an object nor a walk.
 */
export function censorFlatField(key: string, value: FlatValue): FlatValue {
  if (isSecretKey(key)) return CENSOR;
  if (typeof value === 'string') return maskCredentialsInText(value);
  if (Array.isArray(value)) return value.map(maskCredentialsInText);
  return value;
}

/**
 * A copy of `object` with every secret-named key's value censored; errors anywhere in it become
 * pino's serialised error shape. Never throws: an object that cannot be read is replaced.
 */
export function censorSecrets(object: Record<string, unknown>): Record<string, unknown> {
  return censorSafely(object) as Record<string, unknown>;
}

function censorSafely(value: unknown): unknown {
  try {
    return censorValue(value, new WeakSet());
  } catch {
    return { logObject: '[unreadable]' };
  }
}

/**
 * The arguments after a log call's message fill its `%o`/`%j` placeholders: objects among them are
 * censored too (pino's `logMethod` hook).
 */
export function censorFormatArguments(args: unknown[]): unknown[] {
  const first = typeof args[0] === 'string' ? 1 : 2;
  if (args.length <= first) return args;
  return args.map((arg, index) =>
    index >= first && typeof arg === 'object' && arg !== null ? censorSafely(arg) : arg,
  );
}
