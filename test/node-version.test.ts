/** The start-up check of the running Node.js (src/node-version.ts) and `engines.node` agree. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MINIMUM_NODE_VERSION, nodeVersionProblem } from '../src/node-version.ts';

describe('nodeVersionProblem', () => {
  it('refuses older versions in one line naming the minimum and the running version', () => {
    for (const version of ['20.19.5', '22.18.9', '18.0.0']) {
      const problem = nodeVersionProblem(version);
      expect(problem, version).toContain(`Node.js ${MINIMUM_NODE_VERSION} or newer`);
      expect(problem, version).toContain(`this is Node.js ${version}`);
      expect(problem, version).not.toContain('\n');
    }
  });

  it('accepts the minimum and newer', () => {
    for (const version of ['22.19.0', '22.20.1', '23.0.0', '24.21.0']) {
      expect(nodeVersionProblem(version), version).toBeNull();
    }
  });

  it('matches engines.node in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      engines: { node: string };
    };
    expect(`${pkg.engines.node}.0`).toBe(`>=${MINIMUM_NODE_VERSION}`);
  });
});
