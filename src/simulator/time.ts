/** The timestamp spellings CCE uses, which differ per resource group (see the seed pages). */

/** Releases: `2023-11-14T20:30:57+08:00`; the simulator reports UTC. */
export function releaseTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

/** Charts and add-ons: `2023-07-03T10:57:43Z`. */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Clusters: `2018-08-02 03:48:58.968214406 +0000 UTC` (Go's time.Time String form). */
export function clusterTimestamp(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000000 +0000 UTC`;
}
