/** The production start's one memory-reducing collection (src/startup-memory.ts). */
import { getHeapSpaceStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { releaseStartupMemory } from '../src/startup-memory.ts';

const MB = 1024 * 1024;

/** The young generation's committed size (both semi-spaces), in bytes. */
function youngGeneration(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_size;
}

describe('releaseStartupMemory', () => {
  it('shrinks a young generation that a burst of surviving allocations grew', () => {
    // Like start-up: many objects that survive their first collections make V8 grow it.
    const survivors: Array<{ index: number; text: string }> = [];
    for (let index = 0; youngGeneration() < 16 * MB && index < 5_000_000; index += 1) {
      survivors.push({ index, text: `item ${index}` });
    }
    const grown = youngGeneration();
    expect(grown).toBeGreaterThanOrEqual(16 * MB);

    releaseStartupMemory();

    expect(youngGeneration()).toBeLessThanOrEqual(4 * MB);
    expect(survivors.at(-1)?.text).toBe(`item ${survivors.length - 1}`);
  });

  it('leaves no gc global in the caller or in contexts made later', () => {
    releaseStartupMemory();
    expect('gc' in globalThis).toBe(false);
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
