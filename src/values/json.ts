/** The shapes of parsed JSON documents (release values, add-on parameters), shared by src/values/. */

export type JsonObject = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sets `key` as an own data property, whatever its name. Plain assignment of `__proto__` would
 * replace the object's prototype instead of adding a key (and could reach Object.prototype).
 */
export function defineKey(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
