/**
 * The README's examples, run as written against `npm start` (`node src/main.ts` with no settings
 * but PORT=0): every code block marked `<!-- readme-test NAME -->` runs verbatim, in README order
 * (sh blocks with bash and curl, js blocks with Node), with only the port 4000 replaced by the
 * test gateway's. Each name has its expectation here, and every marked block must have one, so
 * the README cannot drift from what the gateway does.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnGateway, type GatewayProcess } from '../support/process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NODE = `${ROOT}node_modules/.bin/node`;

interface Example {
  readonly name: string;
  readonly language: string;
  readonly code: string;
}

/** The marked code blocks of a Markdown text, in order. */
function markedExamples(markdown: string): Example[] {
  const pattern = /<!-- readme-test ([\w-]+) -->\s*```(\w+)\n([\s\S]*?)```/g;
  return [...markdown.matchAll(pattern)].map(([, name = '', language = '', code = '']) => ({
    name,
    language,
    code,
  }));
}

interface Ran {
  stdout: string;
  stderr: string;
}

/** What each example must print (and leave behind); it throws, via expect, when it does not. */
const EXPECTATIONS: Record<string, (ran: Ran, gateway: string) => Promise<void> | void> = {
  examples({ stdout }) {
    expect(stdout.match(/"data"/g)).toHaveLength(3);
    expect(stdout).not.toContain('"errors"');
    expect(stdout).toContain('PENDING_UPGRADE');
  },
  'second-project'({ stdout }) {
    expect(JSON.parse(stdout)).toEqual({ data: { clusters: [{ name: 'other-cce' }] } });
  },
  subscription({ stdout }) {
    expect(stdout).toContain('event: next');
    expect(stdout).toContain('"status":"DEPLOYED"');
    expect(stdout).toContain('event: complete');
  },
  'subscription-js'({ stdout }) {
    expect(stdout).toContain("status: 'DEPLOYED'");
  },
  error({ stdout }) {
    const answer = JSON.parse(stdout) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(answer.errors[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      cceErrorCode: 'CCE.01401001',
    });
  },
  'federation-sdl'({ stdout }) {
    expect(stdout).toContain('@key(fields: \\"id\\")');
  },
  async faults({ stdout }, gateway) {
    expect(stdout).toContain('"operation":"UpdateRelease"');
    // The block ends by clearing them all.
    const left = await fetch(`${gateway}/__simulator/faults`);
    expect(await left.json()).toEqual({ faults: [] });
  },
  async reset({ stdout }, gateway) {
    expect(stdout).toBe('');
    // The examples upgraded nginx-web to revision 2 (and created nothing else); reset undoes it.
    const answer = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-token': 'demo-token' },
      body: JSON.stringify({
        query: `{ afterReset: release(clusterId: "cce00000-0000-4000-8000-000000000001", namespace: "web", name: "nginx-web") { revision } }`,
      }),
    });
    expect(await answer.json()).toEqual({ data: { afterReset: { revision: 1 } } });
  },
};

function runExample({ language, code }: Example, port: number): Promise<Ran> {
  const text = code.replaceAll('127.0.0.1:4000', `127.0.0.1:${port}`);
  const [command, args] =
    language === 'js' ? [NODE, ['--input-type=module', '-e', text]] : ['bash', ['-e', '-c', text]];
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: ROOT, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\nstdout: ${stdout}\nstderr: ${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

const examples = markedExamples(readFileSync(`${ROOT}README.md`, 'utf8'));
let gateway: GatewayProcess;
let port = 0;

beforeAll(async () => {
  gateway = spawnGateway({ PORT: '0' });
  const line = await gateway.waitForLog((entry) => typeof entry['port'] === 'number', 30_000);
  port = Number(line['port']);
}, 40_000);

afterAll(async () => {
  gateway.child.kill('SIGTERM');
  await gateway.exited;
});

describe('README examples', () => {
  it('every marked block has an expectation, and every expectation a block', () => {
    expect(examples.map((example) => example.name).sort()).toEqual(
      Object.keys(EXPECTATIONS).sort(),
    );
  });

  it('start with revision 1 of nginx-web (the reset example checks it comes back)', async () => {
    const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-token': 'demo-token' },
      body: JSON.stringify({
        query: `{ atStart: release(clusterId: "cce00000-0000-4000-8000-000000000001", namespace: "web", name: "nginx-web") { revision } }`,
      }),
    });
    expect(await answer.json()).toEqual({ data: { atStart: { revision: 1 } } });
  });

  for (const example of examples) {
    it(`${example.name} runs as written`, async () => {
      const ran = await runExample(example, port);
      await EXPECTATIONS[example.name]?.(ran, `http://127.0.0.1:${port}`);
    }, 40_000);
  }
});
