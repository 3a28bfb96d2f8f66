import { describe, expect, it } from 'vitest';
import type { Release, ReleaseStatus } from '../../src/cce/model.ts';
import { lastOperation } from '../../src/service/last-operation.ts';

function revision(number: number, status: ReleaseStatus, statusDescription: string): Release {
  return {
    clusterId: 'c',
    namespace: 'n',
    name: 'r',
    clusterName: null,
    chartName: 'nginx',
    chartVersion: '1.0.0',
    chartPublic: null,
    revision: number,
    status,
    statusDescription,
    description: null,
    valuesJson: '{}',
    parametersJson: '',
    createdAt: `2025-01-0${number}T00:00:00Z`,
    updatedAt: null,
  };
}

describe('lastOperation', () => {
  it('is the install of a release with one revision', () => {
    expect(lastOperation([revision(1, 'DEPLOYED', 'Install complete')])).toMatchObject({
      kind: 'INSTALL',
      fromRevision: null,
      toRevision: 1,
      failed: false,
      rolledBack: false,
    });
  });

  it('is an upgrade, failed or not, from the revision before', () => {
    const history = [
      revision(1, 'DEPLOYED', 'Install complete'),
      revision(2, 'FAILED', 'Upgrade "r" failed: timed out'),
    ];
    expect(lastOperation(history)).toMatchObject({
      kind: 'UPGRADE',
      fromRevision: 1,
      toRevision: 2,
      status: 'FAILED',
      failed: true,
      rolledBack: false,
    });
  });

  it('is the failed upgrade, rolled back, when a rollback followed it', () => {
    const history = [
      revision(3, 'DEPLOYED', 'Rollback to 1'),
      revision(2, 'FAILED', 'Upgrade "r" failed'),
      revision(1, 'DEPLOYED', 'Install complete'),
    ];
    expect(lastOperation(history)).toEqual({
      kind: 'UPGRADE',
      fromRevision: 1,
      toRevision: 2,
      restoredRevision: null,
      status: 'FAILED',
      failed: true,
      rolledBack: true,
      rolledBackTo: 1,
      at: '2025-01-02T00:00:00Z',
    });
  });

  it('is a rollback, with the revision it restored, after a successful upgrade', () => {
    const history = [
      revision(1, 'DEPLOYED', 'Install complete'),
      revision(2, 'DEPLOYED', 'Upgrade complete'),
      revision(3, 'PENDING_ROLLBACK', 'Preparing rollback'),
    ];
    expect(lastOperation(history)).toMatchObject({
      kind: 'ROLLBACK',
      fromRevision: 2,
      toRevision: 3,
      restoredRevision: null,
    });
    history[2] = revision(3, 'DEPLOYED', 'Rollback to 1');
    expect(lastOperation(history)).toMatchObject({ kind: 'ROLLBACK', restoredRevision: 1 });
  });

  it('is null for an empty history', () => {
    expect(lastOperation([])).toBeNull();
  });
});
