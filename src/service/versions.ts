/**
 * The order of chart and add-on versions, newest first: the one rule behind `Chart.versions`,
 * `Release.latestChart`, `Addon.latestVersion`, the `upgradeAvailable` flags and `outdated`.
 *
 * - Semantic versions (`1.2.3`, `v1.2.3`, `2.0.0-rc.1`) compare by semver 2.0 precedence (the
 *   `semver` package) and come before every other version.
 * - Other versions follow, compared as text with runs of digits read as numbers (`1.10` is newer
 *   than `1.9`, `2024-10` than `2024-9`), the larger first.
 * - A missing version comes last.
 */
import semver from 'semver';

const TEXT_ORDER = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

/** A comparator for `Array.prototype.sort`: newer versions first (see the module comment). */
export function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const semanticA = semver.valid(a);
  const semanticB = semver.valid(b);
  if (semanticA !== null && semanticB !== null) return semver.rcompare(semanticA, semanticB);
  if (semanticA !== null) return -1;
  if (semanticB !== null) return 1;
  return TEXT_ORDER.compare(b, a);
}

/** Whether `candidate` is newer than `current` (false when either is missing or they are equal). */
export function isNewer(candidate: string | null, current: string | null): boolean {
  return candidate !== null && current !== null && newestFirst(candidate, current) < 0;
}

/**
 * The latest of `items`: the newest that is not a semver pre-release (`2.0.0-rc.1`), or the newest
 * of all when every one is a pre-release. Null for no items.
 */
export function latestOf<T>(items: readonly T[], versionOf: (item: T) => string | null): T | null {
  const sorted = [...items].sort((a, b) => newestFirst(versionOf(a), versionOf(b)));
  const stable = sorted.find((item) => {
    const version = versionOf(item);
    return (
      version !== null && (semver.valid(version) === null || semver.prerelease(version) === null)
    );
  });
  return stable ?? sorted[0] ?? null;
}
