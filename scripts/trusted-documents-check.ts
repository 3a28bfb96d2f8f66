/**
 * `npm run trusted-documents:check [file…]`: every trusted document (PERSISTED_OPERATIONS_FILE
 * format: an id → document map, or an Apollo persisted-query manifest) must parse, match its
 * sha256 id and validate against the current schema, so a schema change that would break a
 * deployed frontend's operations fails CI instead of the gateway's start. Without arguments it
 * checks every `.json` file in trusted-documents/.
 */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../src/config.ts';
import { createGatewaySchema } from '../src/schema.ts';
import { loadPersistedOperations } from '../src/server/security/persisted-operations.ts';

const DEFAULT_FOLDER = fileURLToPath(new URL('../trusted-documents/', import.meta.url));

const files = process.argv.slice(2);
if (files.length === 0) {
  for (const name of readdirSync(DEFAULT_FOLDER).sort()) {
    if (name.endsWith('.json')) files.push(`${DEFAULT_FOLDER}${name}`);
  }
}

const schema = createGatewaySchema();
let failed = false;
for (const file of files) {
  try {
    const operations = loadPersistedOperations(file, schema);
    console.log(
      `✔ ${relative(process.cwd(), file)}: ${operations.size} operation(s) valid against the current schema`,
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    failed = true;
    console.error(`✖ ${relative(process.cwd(), file)}:\n  ${error.problems.join('\n  ')}`);
  }
}
if (files.length === 0) console.log('No trusted documents to check.');
if (failed) process.exitCode = 1;
