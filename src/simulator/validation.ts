/** Request-body parsing and field checks that answer 400 with a message naming the field. */
import { invalidRequest, type ErrorGroup } from './errors.ts';

export type JsonObject = Record<string, unknown>;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The body as a JSON object, or 400. */
export function parseJsonObject(body: Uint8Array, group: ErrorGroup): JsonObject {
  if (body.length === 0) throw invalidRequest(group, 'The request body is required.');
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(body));
  } catch {
    throw invalidRequest(group, 'The request body is not valid JSON.');
  }
  if (!isJsonObject(value)) throw invalidRequest(group, 'The request body must be a JSON object.');
  return value;
}

/** Typed access to the fields of one JSON object; `prefix` names the object in messages (`spec.`). */
export function fieldsOf(object: JsonObject, group: ErrorGroup, prefix = '') {
  const fail = (key: string, problem: string) =>
    invalidRequest(group, `${prefix}${key} ${problem}.`);
  const present = (key: string) => object[key] !== undefined && object[key] !== null;

  function optionalString(key: string): string | undefined {
    if (!present(key)) return undefined;
    const value = object[key];
    if (typeof value !== 'string') throw fail(key, 'must be a string');
    return value;
  }

  function optionalObject(key: string): JsonObject | undefined {
    if (!present(key)) return undefined;
    const value = object[key];
    if (!isJsonObject(value)) throw fail(key, 'must be a JSON object');
    return value;
  }

  return {
    optionalString,
    optionalObject,
    /** A non-empty string. */
    string(key: string): string {
      const value = optionalString(key);
      if (value === undefined || value === '') throw fail(key, 'is required');
      return value;
    },
    object(key: string): JsonObject {
      const value = optionalObject(key);
      if (value === undefined) throw fail(key, 'is required');
      return value;
    },
    optionalBoolean(key: string): boolean | undefined {
      if (!present(key)) return undefined;
      const value = object[key];
      if (typeof value !== 'boolean') throw fail(key, 'must be a boolean');
      return value;
    },
    optionalInteger(key: string): number | undefined {
      if (!present(key)) return undefined;
      const value = object[key];
      if (typeof value !== 'number' || !Number.isInteger(value))
        throw fail(key, 'must be an integer');
      return value;
    },
  };
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Kubernetes DNS-1123 label rules: release names at most 53 characters, namespaces at most 63. */
export function checkDnsLabel(
  value: string,
  maxLength: number,
  what: string,
  group: ErrorGroup,
): void {
  if (value.length > maxLength) {
    throw invalidRequest(group, `${what} "${value}" is longer than ${maxLength} characters.`);
  }
  if (!DNS_LABEL.test(value)) {
    throw invalidRequest(
      group,
      `${what} "${value}" must consist of lower-case letters, digits and '-', and start and end with a letter or digit (DNS-1123 label).`,
    );
  }
}
