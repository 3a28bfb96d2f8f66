import { describe, expect, it } from 'vitest';
import { isNewer, latestOf, newestFirst } from '../../src/service/versions.ts';

describe('version order', () => {
  it('orders semantic versions by precedence, newest first, a leading v allowed', () => {
    const versions = ['1.2.0', '1.10.0', 'v1.9.1', '1.10.0-rc.1', '0.9.0'];
    expect([...versions].sort(newestFirst)).toEqual([
      '1.10.0',
      '1.10.0-rc.1',
      'v1.9.1',
      '1.2.0',
      '0.9.0',
    ]);
  });

  it('puts other versions after semantic ones, as text with numbers read as numbers, then missing ones', () => {
    const versions = [null, '2024-9', 'latest', '1.0.0', '2024-10', '1.2'];
    expect([...versions].sort(newestFirst)).toEqual([
      '1.0.0',
      'latest',
      '2024-10',
      '2024-9',
      '1.2',
      null,
    ]);
  });

  it('says whether a version is newer, never for missing or equal ones', () => {
    expect(isNewer('1.3.0', '1.2.0')).toBe(true);
    expect(isNewer('1.2.0', '1.2.0')).toBe(false);
    expect(isNewer('1.2.0', '1.3.0')).toBe(false);
    expect(isNewer(null, '1.0.0')).toBe(false);
    expect(isNewer('1.0.0', null)).toBe(false);
  });

  it('takes the newest stable version as the latest, a pre-release only when there is nothing else', () => {
    const id = (version: string) => version;
    expect(latestOf(['1.2.0', '2.0.0-rc.1', '1.10.0'], id)).toBe('1.10.0');
    expect(latestOf(['2.0.0-rc.1', '2.0.0-rc.2'], id)).toBe('2.0.0-rc.2');
    expect(latestOf([], id)).toBeNull();
  });
});
