/**
 * CCE regions and their public endpoints (cce-api.md §6: the SDKs' `CceRegion` list, 33 regions).
 */

export const CCE_REGIONS: readonly string[] = Object.freeze([
  'cn-north-1',
  'cn-north-2',
  'cn-north-4',
  'cn-north-9',
  'cn-north-11',
  'cn-north-12',
  'cn-south-1',
  'cn-south-2',
  'cn-south-4',
  'cn-east-2',
  'cn-east-3',
  'cn-east-4',
  'cn-east-5',
  'cn-southwest-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'af-south-1',
  'af-north-1',
  'sa-brazil-1',
  'la-south-2',
  'la-north-2',
  'na-mexico-1',
  'ru-northwest-2',
  'ru-moscow-1',
  'tr-west-1',
  'ae-ad-1',
  'me-east-1',
  'my-kualalumpur-1',
  'eu-west-0',
  'eu-west-101',
]);

const KNOWN_REGIONS: ReadonlySet<string> = new Set(CCE_REGIONS);

/** Regions served from a domain other than `myhuaweicloud.com`. */
const DOMAIN_EXCEPTIONS: Readonly<Record<string, string>> = { 'eu-west-101': 'myhuaweicloud.eu' };

/** `https://cce.<region>.myhuaweicloud.com` (or the region's own domain); throws for an unknown region. */
export function endpointForRegion(region: string): string {
  if (!KNOWN_REGIONS.has(region)) {
    throw new Error(
      `Unknown CCE region ${JSON.stringify(region)}; valid regions: ${CCE_REGIONS.join(', ')}`,
    );
  }
  return `https://cce.${region}.${DOMAIN_EXCEPTIONS[region] ?? 'myhuaweicloud.com'}`;
}
