/**
 * Imported first by every entry point (src/main.ts, src/simulator/main.ts), so it runs before any
 * dependency is loaded: on a Node.js older than the dependencies need, the process stops with one
 * line that says what is needed, instead of an undici TypeError that seems to name something else.
 * (`node src/main.ts` on a Node without type stripping fails before this can run; `npm start` uses
 * the Node 24 of the `node` devDependency.)
 */

/** The oldest Node.js the dependencies support (undici 8: 22.19); `engines.node` says the same. */
export const MINIMUM_NODE_VERSION = '22.19.0';

function parts(version: string): number[] {
  return version.split('.').map((part) => Number.parseInt(part, 10) || 0);
}

/** Why `version` cannot run the gateway, in one line, or null when it can. */
export function nodeVersionProblem(version: string): string | null {
  const have = parts(version);
  const need = parts(MINIMUM_NODE_VERSION);
  for (let index = 0; index < need.length; index += 1) {
    const difference = (have[index] ?? 0) - (need[index] ?? 0);
    if (difference > 0) return null;
    if (difference < 0) {
      return (
        `cce-gateway needs Node.js ${MINIMUM_NODE_VERSION} or newer (Node 24 LTS recommended); ` +
        `this is Node.js ${version}. Run it with \`npm start\`, which uses the Node 24 that ` +
        '`npm install` put in node_modules/.bin, or install Node 24.'
      );
    }
  }
  return null;
}

const problem = nodeVersionProblem(process.versions.node);
if (problem !== null) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
