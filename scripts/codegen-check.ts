/**
 * `npm run codegen:check`: fails when src/generated/ or test/generated/ is stale.
 *
 * `graphql-codegen --check` compares the raw generator output with the files on disk, but codegen.yml
 * formats the files with prettier after writing them, so that check would always report them stale.
 * This one formats the fresh output the same way before comparing, and writes nothing.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { generate, loadContext } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';

const context = await loadContext('codegen.yml');
context.updateConfig({ silent: true });
// `generate` is typed `any` because of its watch mode; without saving it returns the outputs.
const outputs = (await generate(context, false)) as Array<{ filename: string; content: string }>;

const stale: string[] = [];
for (const { filename, content } of outputs) {
  const expected = await format(content, {
    ...(await resolveConfig(filename)),
    filepath: filename,
  });
  const actual = await readFile(filename, 'utf8').catch(() => null);
  if (actual !== expected) stale.push(relative(process.cwd(), filename));
}

if (stale.length > 0) {
  console.error(`Stale generated files (run \`npm run codegen\`):\n  ${stale.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`Generated files are up to date (${outputs.length} checked).`);
}
