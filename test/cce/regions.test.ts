import { describe, expect, it } from 'vitest';
import { CCE_REGIONS, endpointForRegion } from '../../src/cce/regions.ts';

describe('CCE regions', () => {
  it('lists the 33 regions of the SDKs, each once', () => {
    expect(CCE_REGIONS).toHaveLength(33);
    expect(new Set(CCE_REGIONS).size).toBe(33);
    expect(CCE_REGIONS).toContain('cn-north-4');
    expect(CCE_REGIONS).toContain('my-kualalumpur-1');
  });

  it('maps a region to its endpoint', () => {
    expect(endpointForRegion('cn-north-4')).toBe('https://cce.cn-north-4.myhuaweicloud.com');
    expect(endpointForRegion('ap-southeast-1')).toBe(
      'https://cce.ap-southeast-1.myhuaweicloud.com',
    );
  });

  it('serves eu-west-101 from myhuaweicloud.eu', () => {
    expect(endpointForRegion('eu-west-101')).toBe('https://cce.eu-west-101.myhuaweicloud.eu');
    expect(endpointForRegion('eu-west-0')).toBe('https://cce.eu-west-0.myhuaweicloud.com');
  });

  it('rejects an unknown region, listing the valid ones', () => {
    expect(() => endpointForRegion('cn-nowhere-1')).toThrow(
      /Unknown CCE region "cn-nowhere-1"; valid regions: cn-north-1, .*eu-west-101/,
    );
    expect(() => endpointForRegion('CN-NORTH-4')).toThrow(/Unknown CCE region/);
    expect(() => endpointForRegion('')).toThrow(/Unknown CCE region/);
  });

  it('cannot be modified', () => {
    expect(Object.isFrozen(CCE_REGIONS)).toBe(true);
  });
});
