/**
 * `npm run schema:check [released.graphql] [acknowledged.json]`: prints every change of the schema
 * since the released SDL, and fails on a breaking one that is not acknowledged (CI runs it).
 *
 * A breaking change that is meant: add its message, as printed here, with a reason to
 * schema/released/acknowledged-breaking-changes.json; `npm run schema:release` clears that list
 * when it makes the current schema the released one.
 */
import { readFileSync } from 'node:fs';
import { CriticalityLevel } from '@graphql-inspector/core';
import {
  ACKNOWLEDGED,
  RELEASED_SDL,
  checkSchema,
  currentSdl,
  readAcknowledged,
} from './released-schema.ts';

const [releasedFile = RELEASED_SDL, acknowledgedFile = ACKNOWLEDGED] = process.argv.slice(2);
const { changes, unacknowledged } = await checkSchema(
  readFileSync(releasedFile, 'utf8'),
  currentSdl(),
  readAcknowledged(acknowledgedFile),
);

const MARK = { BREAKING: '✖', DANGEROUS: '⚠', NON_BREAKING: '✔' } as const;
if (changes.length === 0) console.log('Schema: no changes since the released SDL.');
else console.log(`Schema: ${changes.length} change(s) since the released SDL:`);
for (const change of changes) {
  const acknowledged =
    change.criticality.level === CriticalityLevel.Breaking && !unacknowledged.includes(change)
      ? ' (acknowledged)'
      : '';
  console.log(`  ${MARK[change.criticality.level]} ${change.message}${acknowledged}`);
}
if (unacknowledged.length > 0) {
  console.error(
    `\n${unacknowledged.length} breaking change(s) would break clients of the released schema. ` +
      'Undo them, or acknowledge each (message and reason) in ' +
      'schema/released/acknowledged-breaking-changes.json.',
  );
  process.exitCode = 1;
}
