import { describe, expect, it } from 'vitest';
import {
  checkDnsLabel,
  checkId,
  checkRevision,
  checkValues,
  checkVersion,
  MAX_RELEASE_NAME_LENGTH,
  supportsKubernetesVersion,
} from '../../src/service/validation.ts';

const FIELD = ['input', 'name'];

describe('checkDnsLabel', () => {
  it('accepts DNS-1123 labels up to the limit', () => {
    for (const name of ['a', 'web', 'my-app-2', '0abc', 'a'.repeat(MAX_RELEASE_NAME_LENGTH)]) {
      expect(checkDnsLabel(name, MAX_RELEASE_NAME_LENGTH, FIELD, 'release name'), name).toEqual([]);
    }
  });

  it('reports empty, too long and malformed names at the given field', () => {
    expect(checkDnsLabel('', 53, FIELD, 'release name')).toEqual([
      { field: FIELD, code: 'REQUIRED', message: 'The release name must not be empty.' },
    ]);
    const [tooLong] = checkDnsLabel('a'.repeat(54), 53, FIELD, 'release name');
    expect(tooLong).toMatchObject({ field: FIELD, code: 'TOO_LONG' });
    expect(tooLong?.message).toContain('54 characters');
    for (const name of ['Web', 'web_1', '-web', 'web-', 'we.b', 'wéb', 'web app']) {
      expect(checkDnsLabel(name, 53, FIELD, 'release name'), name).toMatchObject([
        { field: FIELD, code: 'INVALID' },
      ]);
    }
  });
});

describe('checkVersion', () => {
  it('accepts semantic versions', () => {
    for (const version of ['1.0.0', 'v1.2.3', '0.10.1-beta.1', '1.25.1+build.7', '10.0.0-rc-1']) {
      expect(checkVersion(version, ['input', 'version']), version).toEqual([]);
    }
  });

  it('refuses anything else', () => {
    expect(checkVersion('', ['input', 'version'])).toMatchObject([{ code: 'REQUIRED' }]);
    for (const version of ['1', '1.2', 'latest', '01.2.3', '1.2.3.4', '1.2.3-', ' 1.2.3']) {
      expect(checkVersion(version, ['input', 'version']), version).toMatchObject([
        { field: ['input', 'version'], code: 'INVALID' },
      ]);
    }
  });
});

describe('checkId, checkValues, checkRevision', () => {
  it('requires non-blank ids', () => {
    expect(checkId('c-1', ['input', 'clusterId'], 'cluster id')).toEqual([]);
    expect(checkId('   ', ['input', 'clusterId'], 'cluster id')).toMatchObject([
      { field: ['input', 'clusterId'], code: 'REQUIRED' },
    ]);
  });

  it('wants values to be a JSON object', () => {
    expect(checkValues({ replicas: 2 }, ['input', 'values'], false)).toEqual([]);
    expect(checkValues(undefined, ['input', 'values'], true)).toEqual([]);
    expect(checkValues(null, ['input', 'values'], false)).toMatchObject([{ code: 'INVALID' }]);
    for (const values of [[1, 2], 'a', 3, true]) {
      expect(checkValues(values, ['input', 'values'], true)).toMatchObject([{ code: 'INVALID' }]);
    }
  });

  it('wants a positive integer revision', () => {
    expect(checkRevision(1, ['input', 'revision'])).toEqual([]);
    expect(checkRevision(0, ['input', 'revision'])).toMatchObject([{ code: 'INVALID' }]);
    expect(checkRevision(-3, ['input', 'revision'])).toMatchObject([{ code: 'INVALID' }]);
  });
});

describe('supportsKubernetesVersion', () => {
  const supported = [{ clusterVersions: ['v1\\.(19|2[0-9]).*'] }];

  it('matches the whole cluster version against CCE`s expressions', () => {
    expect(supportsKubernetesVersion(supported, 'v1.28')).toBe(true);
    expect(supportsKubernetesVersion(supported, 'v1.30')).toBe(false);
    expect(supportsKubernetesVersion([{ clusterVersions: ['v1\\.2'] }], 'v1.28')).toBe(false);
  });

  it('passes what it cannot judge', () => {
    expect(supportsKubernetesVersion(supported, null)).toBe(true);
    expect(supportsKubernetesVersion([], 'v1.28')).toBe(true);
    expect(supportsKubernetesVersion([{ clusterVersions: ['(unclosed'] }], 'v1.28')).toBe(true);
  });
});

describe('checkId', () => {
  const FIELD = ['input', 'addonId'];
  it('refuses ids that could not be a CCE path segment, before any upstream call', () => {
    for (const id of ['..', '.', 'a/b', '%2e%2e', 'Addon:c/..', 'Cluster:']) {
      expect(
        checkId(id, FIELD, 'add-on id').map((error) => error.code),
        id,
      ).toEqual(['INVALID']);
    }
    expect(checkId(' ', FIELD, 'add-on id').map((error) => error.code)).toEqual(['REQUIRED']);
    for (const id of ['coredns-1', 'Addon:c1/a1', 'cce00000-0000-4000-8000-000000000002']) {
      expect(checkId(id, FIELD, 'add-on id'), id).toEqual([]);
    }
  });
});
