/**
 * A gateway whose stdout reader has gone away (a log collector that died) still stops on SIGTERM
 * with exit 0, instead of retrying its log writes forever.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnGateway, type GatewayProcess } from '../support/process.ts';

const running: GatewayProcess[] = [];
afterEach(() => {
  for (const gateway of running.splice(0)) {
    if (gateway.child.exitCode === null && gateway.child.signalCode === null)
      gateway.child.kill('SIGKILL');
  }
});

describe('SIGTERM with stdout closed', () => {
  it('exits 0', async () => {
    const gateway = spawnGateway({ PORT: '0', LOG_LEVEL: 'info' });
    running.push(gateway);
    await gateway.waitForLog((line) => typeof line['url'] === 'string');
    gateway.child.stdout?.destroy();
    // The stop's own log lines are the first to meet the broken pipe: the last one is still
    // being written when the process exits.
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
  });
});
