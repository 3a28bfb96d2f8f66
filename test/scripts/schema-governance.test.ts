/**
 * Schema governance as CI runs it: `schema:check` fails on a breaking change against the released
 * SDL unless it is acknowledged, and prints the diff; `trusted-documents:check` fails on a trusted
 * document the current schema no longer runs.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASED_SDL, checkSchema, currentSdl } from '../../scripts/released-schema.ts';

const NODE = 'node_modules/.bin/node';

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cce-gateway-schema-')), name);
  writeFileSync(file, content);
  return file;
}

/** The current SDL as if it had been released with one more Query field (removing it breaks). */
const releasedWithExtraField = () =>
  currentSdl().replace('type Query {', 'type Query {\n  legacyClusters: [Cluster!]!');

describe('schema:check', () => {
  it('the released SDL in the repository has no unacknowledged breaking change', async () => {
    const { unacknowledged } = await checkSchema(
      readFileSync(RELEASED_SDL, 'utf8'),
      currentSdl(),
      [],
    );
    expect(unacknowledged.map((change) => change.message)).toEqual([]);
  });

  it('finds a removed field breaking, and lets it through when it is acknowledged', async () => {
    const released = releasedWithExtraField();
    const refused = await checkSchema(released, currentSdl(), []);
    expect(refused.unacknowledged.map((change) => change.message)).toEqual([
      "Field 'legacyClusters' was removed from object type 'Query'",
    ]);
    const acknowledged = await checkSchema(released, currentSdl(), [
      {
        message: "Field 'legacyClusters' was removed from object type 'Query'",
        reason: 'No client uses it.',
      },
    ]);
    expect(acknowledged.changes).toHaveLength(1);
    expect(acknowledged.unacknowledged).toEqual([]);
  });

  it('lets additions through', async () => {
    const { changes, unacknowledged } = await checkSchema(
      currentSdl(),
      currentSdl().replace('type Query {', 'type Query {\n  """New."""\n  extra: Int'),
      [],
    );
    expect(new Set(changes.map((change) => change.criticality.level))).toEqual(
      new Set(['NON_BREAKING']),
    );
    expect(unacknowledged).toEqual([]);
  });

  it('fails in CI on a breaking change, printing the diff', () => {
    const released = tempFile('schema.graphql', releasedWithExtraField());
    const acknowledged = tempFile('acknowledged.json', '[]');
    const run = spawnSync(NODE, ['scripts/schema-check.ts', released, acknowledged], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("✖ Field 'legacyClusters' was removed from object type 'Query'");
    expect(run.stderr).toContain('1 breaking change(s) would break clients');
  });
});

describe('trusted-documents:check', () => {
  it('fails on a document the current schema does not run, naming it', () => {
    const body = 'query Old { legacyClusters { id } }';
    const manifest = tempFile(
      'manifest.json',
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [
          { id: createHash('sha256').update(body).digest('hex'), name: 'Old', type: 'query', body },
        ],
      }),
    );
    const run = spawnSync(NODE, ['scripts/trusted-documents-check.ts', manifest], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Cannot query field "legacyClusters" on type "Query"');
  });

  it('passes the manifests kept in trusted-documents/', () => {
    const run = spawnSync(NODE, ['scripts/trusted-documents-check.ts'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('console-examples.json: 4 operation(s) valid');
  });
});
