/**
 * The README's examples, run as written against `npm start` (`node src/main.ts` with no settings
 * but PORT=0): every code block marked `<!-- readme-test NAME -->` runs verbatim, in README order
 * (sh blocks with bash and curl, js blocks with Node), with only the port 4000 replaced by the
 * test gateway's. A block marked `stream` (a subscription that stays open, as a reader leaves it
 * running) is stopped once what it printed meets its expectation. Each name has its expectation here, and every marked block must have one, so
 * the README cannot drift from what the gateway does.
 */
import { spawn } from 'node:child_process';
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
  /** Runs until stopped: ended once its output meets the expectation. */
  readonly stream: boolean;
}

/** The marked code blocks of a Markdown text, in order. */
function markedExamples(markdown: string): Example[] {
  const pattern = /<!-- readme-test ([\w-]+)( stream)? -->\s*```(\w+)\n([\s\S]*?)```/g;
  return [...markdown.matchAll(pattern)].map(([, name = '', stream, language = '', code = '']) => ({
    name,
    language,
    code,
    stream: stream !== undefined,
  }));
}

interface Ran {
  stdout: string;
  stderr: string;
}

/** What each example must print (and leave behind); it throws, via expect, when it does not. */
const EXPECTATIONS: Record<string, (ran: Ran, gateway: string) => Promise<void> | void> = {
  examples({ stdout }) {
    expect(stdout.match(/"data"/g)).toHaveLength(6);
    expect(stdout).not.toContain('"errors"');
    expect(stdout).toContain('"dryRun":{"accepted":true');
    expect(stdout).toContain('"precheck":{"status":"RISKS_FOUND","blocked":false');
    expect(stdout).toContain('"name":"SimulatedWarningRisk","level":"WARNING"');
    expect(stdout).toContain('PENDING_UPGRADE');
  },
  'second-project'({ stdout }) {
    expect(JSON.parse(stdout)).toEqual({ data: { clusters: [{ name: 'other-cce' }] } });
  },
  subscription({ stdout }) {
    expect(stdout).toContain('event: next');
    expect(stdout).toContain('"status":"DEPLOYED"');
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

/**
 * Runs one example to its end (bounded by 30 s), or, for a stream, until its output meets its
 * expectation; rejects when it fails, with what it printed.
 */
function runExample(example: Example, port: number, gateway: string): Promise<Ran> {
  const text = example.code.replaceAll('127.0.0.1:4000', `127.0.0.1:${port}`);
  const [command, args] =
    example.language === 'js'
      ? [NODE, ['--input-type=module', '-e', text]]
      : ['bash', ['-e', '-c', text]];
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const ran = { stdout: '', stderr: '' };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const met = async () => {
      try {
        await EXPECTATIONS[example.name]?.(ran, gateway);
        return true;
      } catch {
        return false;
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      ran.stdout += chunk.toString();
      if (example.stream) {
        void met().then((done) => {
          if (done) child.kill('SIGTERM');
        });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (ran.stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 || (example.stream && signal === 'SIGTERM')) resolve(ran);
      else
        reject(new Error(`exit ${code ?? signal}\nstdout: ${ran.stdout}\nstderr: ${ran.stderr}`));
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
      const gatewayUrl = `http://127.0.0.1:${port}`;
      const ran = await runExample(example, port, gatewayUrl);
      await EXPECTATIONS[example.name]?.(ran, gatewayUrl);
    }, 40_000);
  }
});
