/**
 * The lever "no needless JSON re-parsing of `values`": CCE sends a release's values as JSON text
 * inside the JSON answer; the client keeps that text and only a selected `values` field parses
 * it. This measures what parsing them on every dashboard would cost instead: the parse of the
 * values texts of all the dashboard's releases, timed in-process on the real answers.
 */
import { request } from 'undici';
import { parseReleaseList } from '../src/cce/parse.ts';
import { DEMO_TOKEN, scaleClusterFamily, scaleClusterId } from '../src/simulator/demo-data.ts';
import type { ValuesParseCost } from './results.ts';
import { SCALE } from './scenarios.ts';

export async function measureValuesParse(
  simulator: string,
  timeMs: number,
): Promise<ValuesParseCost> {
  const texts: string[] = [];
  for (let index = 0; index < SCALE.clusters; index++) {
    const clusterId = scaleClusterId(index);
    const prefix = scaleClusterFamily(index) === 'AUTOPILOT' ? '/autopilot/cam' : '/cce/cam';
    const response = await request(`${simulator}${prefix}/v3/clusters/${clusterId}/releases`, {
      headers: { 'x-auth-token': DEMO_TOKEN },
    });
    const releases = parseReleaseList(await response.body.json(), clusterId);
    texts.push(...releases.map((release) => release.valuesJson));
  }
  let rounds = 0;
  let sink = 0;
  const startedAt = performance.now();
  while (performance.now() - startedAt < timeMs) {
    for (const text of texts) sink += Object.keys(JSON.parse(text) as object).length;
    rounds++;
  }
  const elapsedMs = performance.now() - startedAt;
  if (sink === 0) throw new Error('no values were parsed');
  return { releases: texts.length, microsPerRequest: (elapsedMs * 1000) / rounds };
}
