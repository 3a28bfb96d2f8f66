/**
 * Global object ids (`Node.id`): a type name, a colon, then the parts that locate the object
 * upstream, separated by `/`. Each part is percent-encoded, so no part can forge a separator.
 *
 *   Cluster:<cluster uid>
 *   Release:<cluster uid>/<namespace>/<name>
 *   Addon:<cluster uid>/<add-on uid>
 *   Chart:<CCE|AUTOPILOT>/<chart uid>
 *
 * Clients treat them as opaque; the gateway decodes them in `node(id:)`, in federation references
 * and wherever an argument accepts "the global id or the CCE id".
 */
import { isClusterFamily, type ClusterFamily, type ReleaseKey } from './cce/model.ts';
import { isSafePathSegment } from './cce/operations.ts';

export type GlobalId =
  | { type: 'Cluster'; clusterId: string }
  | { type: 'Release'; key: ReleaseKey }
  | { type: 'Addon'; clusterId: string; addonId: string }
  | { type: 'Chart'; family: ClusterFamily; chartId: string };

function format(type: GlobalId['type'], parts: readonly string[]): string {
  return `${type}:${parts.map((part) => encodeURIComponent(part)).join('/')}`;
}

export function clusterGlobalId(clusterId: string): string {
  return format('Cluster', [clusterId]);
}

export function releaseGlobalId(key: ReleaseKey): string {
  return format('Release', [key.clusterId, key.namespace, key.name]);
}

export function addonGlobalId(clusterId: string, addonId: string): string {
  return format('Addon', [clusterId, addonId]);
}

export function chartGlobalId(family: ClusterFamily, chartId: string): string {
  return format('Chart', [family, chartId]);
}

function decodeParts(encoded: string): string[] | null {
  try {
    const parts = encoded.split('/').map((part) => decodeURIComponent(part));
    // Each part becomes a CCE path segment: one that could not name anything makes no id.
    return parts.every(isSafePathSegment) ? parts : null;
  } catch {
    return null; // malformed percent-encoding
  }
}

/** The object a global id names, or null when `id` is not a well-formed global id. */
export function parseGlobalId(id: string): GlobalId | null {
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const parts = decodeParts(id.slice(colon + 1));
  if (!parts) return null;
  const type = id.slice(0, colon);
  const [first, second, third] = parts;
  if (type === 'Cluster' && parts.length === 1 && first) {
    return { type, clusterId: first };
  }
  if (type === 'Release' && parts.length === 3 && first && second && third) {
    return { type, key: { clusterId: first, namespace: second, name: third } };
  }
  if (type === 'Addon' && parts.length === 2 && first && second) {
    return { type, clusterId: first, addonId: second };
  }
  if (type === 'Chart' && parts.length === 2 && first && isClusterFamily(first) && second) {
    return { type, family: first, chartId: second };
  }
  return null;
}

/** A reference given as a global id of the expected type, or as a bare CCE id. */
export type Reference<T extends GlobalId['type']> =
  | { kind: 'global'; id: Extract<GlobalId, { type: T }> }
  | { kind: 'cce'; id: string }
  | { kind: 'invalid' };

/**
 * Reads an argument documented as "the global id or the CCE id". A global id of another type is
 * invalid; anything that is not a global id is taken as a CCE id (CCE ids are UUIDs or names,
 * which never contain `:`).
 */
export function readReference<T extends GlobalId['type']>(type: T, value: string): Reference<T> {
  const trimmed = value.trim();
  if (trimmed.length === 0) return { kind: 'invalid' };
  const parsed = parseGlobalId(trimmed);
  if (parsed) {
    return parsed.type === type
      ? { kind: 'global', id: parsed as Extract<GlobalId, { type: T }> }
      : { kind: 'invalid' };
  }
  return trimmed.includes(':') || !isSafePathSegment(trimmed)
    ? { kind: 'invalid' }
    : { kind: 'cce', id: trimmed };
}

/** The CCE cluster id behind a `clusterId` argument, or null when it is not a cluster reference. */
export function clusterUidOf(value: string): string | null {
  const reference = readReference('Cluster', value);
  if (reference.kind === 'global') return reference.id.clusterId;
  return reference.kind === 'cce' ? reference.id : null;
}
