/**
 * The lever "no needless JSON re-parsing of `values`": CCE sends a release's values as JSON text
 * inside the JSON answer; the client keeps that text and only a selected `values` field parses
 * it. This measures what parsing them on every dashboard would cost instead: the parse of the
 * values texts of all the dashboard's releases, timed in-process on the real answers.
 */
import { createCceClient } from '../src/cce/client.ts';
import { createCceTransport } from '../src/cce/transport.ts';
import { DEMO_TOKEN, scaleClusterFamily, scaleClusterId } from '../src/simulator/demo-data.ts';
import type { ValuesParseCost } from './results.ts';
import { PROJECT_ID, SCALE } from './scenarios.ts';

export async function measureValuesParse(
  simulator: string,
  timeMs: number,
): Promise<ValuesParseCost> {
  const transport = createCceTransport({ endpoint: simulator });
  const client = createCceClient(transport, {
    kind: 'token',
    token: DEMO_TOKEN,
    projectId: PROJECT_ID,
  });
  const texts: string[] = [];
  try {
    for (let index = 0; index < SCALE.clusters; index++) {
      const releases = await client.listReleases(scaleClusterFamily(index), scaleClusterId(index));
      texts.push(...releases.map((release) => release.valuesJson));
    }
  } finally {
    await transport.close();
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
