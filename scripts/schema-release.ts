/**
 * `npm run schema:release`: the current schema becomes the released one (the SDL clients are
 * promised); the acknowledged breaking changes, now part of it, are cleared.
 */
import { writeFileSync } from 'node:fs';
import { ACKNOWLEDGED, RELEASED_SDL, currentSdl } from './released-schema.ts';

writeFileSync(
  RELEASED_SDL,
  `# The released schema: written by \`npm run schema:release\`, checked by \`npm run schema:check\`.\n${currentSdl()}\n`,
);
writeFileSync(ACKNOWLEDGED, '[]\n');
console.log('Released the current schema to schema/released/schema.graphql.');
