/** Pretty lines for a terminal, JSON lines everywhere else. */
import { describe, expect, it } from 'vitest';
import { terminalDestination } from '../../src/server/logger.ts';

describe('terminalDestination', () => {
  it('keeps JSON lines (pino’s default destination) when stdout is not a terminal', async () => {
    expect(await terminalDestination({ isTTY: false })).toBeUndefined();
    expect(await terminalDestination({})).toBeUndefined();
  });

  it('gives a pino-pretty stream when stdout is a terminal', async () => {
    const destination = await terminalDestination({ isTTY: true });
    expect(typeof destination?.write).toBe('function');
  });
});
