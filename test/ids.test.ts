import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addonGlobalId,
  chartGlobalId,
  clusterGlobalId,
  clusterUidOf,
  parseGlobalId,
  readReference,
  releaseGlobalId,
} from '../src/ids.ts';
import { isSafePathSegment } from '../src/cce/operations.ts';

// Any part that can be a CCE path segment (a name or id): those are what global ids carry.
const part = fc.string({ minLength: 1, maxLength: 40 }).filter(isSafePathSegment);

describe('global ids', () => {
  it('have a readable, documented format', () => {
    expect(clusterGlobalId('c-1')).toBe('Cluster:c-1');
    expect(releaseGlobalId({ clusterId: 'c-1', namespace: 'default', name: 'web' })).toBe(
      'Release:c-1/default/web',
    );
    expect(addonGlobalId('c-1', 'a-1')).toBe('Addon:c-1/a-1');
    expect(chartGlobalId('AUTOPILOT', 'ch-1')).toBe('Chart:AUTOPILOT/ch-1');
  });

  it('round-trip whatever characters a path-safe part contains', () => {
    fc.assert(
      fc.property(part, part, part, (clusterId, namespace, name) => {
        expect(parseGlobalId(releaseGlobalId({ clusterId, namespace, name }))).toEqual({
          type: 'Release',
          key: { clusterId, namespace, name },
        });
        expect(parseGlobalId(addonGlobalId(clusterId, name))).toEqual({
          type: 'Addon',
          clusterId,
          addonId: name,
        });
        expect(parseGlobalId(clusterGlobalId(clusterId))).toEqual({ type: 'Cluster', clusterId });
        expect(parseGlobalId(chartGlobalId('CCE', name))).toEqual({
          type: 'Chart',
          family: 'CCE',
          chartId: name,
        });
      }),
    );
  });

  it('name nothing when a part could not be a path segment', () => {
    for (const unsafe of ['..', '.', '%2E%2E', 'a%2Fb', '%3F', '%00']) {
      expect(parseGlobalId(`Release:c/${unsafe}/web`), unsafe).toBeNull();
    }
    expect(readReference('Cluster', '..')).toEqual({ kind: 'invalid' });
  });

  it('reject malformed ids', () => {
    for (const id of [
      '',
      'Cluster',
      'Cluster:',
      'Release:c/ns',
      'Release:c/ns/name/extra',
      'Release:c//name',
      'Addon:c',
      'Chart:GKE/x',
      'Chart:CCE',
      'Widget:x',
      'Cluster:%E0%A4%A',
    ]) {
      expect(parseGlobalId(id), id).toBeNull();
    }
  });
});

describe('references (global id or CCE id)', () => {
  it('accept a global id of the expected type', () => {
    expect(readReference('Cluster', clusterGlobalId('c-1'))).toEqual({
      kind: 'global',
      id: { type: 'Cluster', clusterId: 'c-1' },
    });
  });

  it('take anything else without a colon as a CCE id, trimmed', () => {
    expect(readReference('Cluster', ' 3f1c2a9e-0000-4000-8000-000000000001 ')).toEqual({
      kind: 'cce',
      id: '3f1c2a9e-0000-4000-8000-000000000001',
    });
  });

  it('refuse empty values, global ids of another type and other colon-bearing strings', () => {
    expect(readReference('Cluster', '  ')).toEqual({ kind: 'invalid' });
    expect(readReference('Cluster', addonGlobalId('c-1', 'a-1'))).toEqual({ kind: 'invalid' });
    expect(readReference('Cluster', 'Cluster:a/b')).toEqual({ kind: 'invalid' });
  });

  it('clusterUidOf gives the CCE id behind either form', () => {
    expect(clusterUidOf(clusterGlobalId('c-1'))).toBe('c-1');
    expect(clusterUidOf('c-1')).toBe('c-1');
    expect(clusterUidOf(releaseGlobalId({ clusterId: 'c', namespace: 'n', name: 'r' }))).toBeNull();
  });
});
