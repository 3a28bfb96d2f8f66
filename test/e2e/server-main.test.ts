/**
 * `npm start` as a newcomer runs it: `node src/main.ts` with no configuration (PORT=0 so tests can
 * run side by side). It starts the embedded simulator, says so in one log line, answers the demo
 * token, and stops cleanly on SIGTERM, letting an in-flight request finish first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { spawnGateway, type GatewayProcess } from '../support/process.ts';

const running: GatewayProcess[] = [];
afterEach(() => {
  // A failed test must not leave its gateway behind.
  for (const gateway of running.splice(0)) {
    if (gateway.child.exitCode === null && gateway.child.signalCode === null)
      gateway.child.kill('SIGKILL');
  }
});

function start(env: Record<string, string> = {}): GatewayProcess {
  const gateway = spawnGateway({ PORT: '0', ...env });
  running.push(gateway);
  return gateway;
}

const isStartLine = (line: Record<string, unknown>) =>
  typeof line['port'] === 'number' && typeof line['url'] === 'string';

async function post(
  url: string,
  query: string,
  headers: Record<string, string> = { 'X-Auth-Token': DEMO_TOKEN },
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: Record<string, unknown> }>;
  };
}

describe('node src/main.ts', () => {
  it('starts with no configuration, serves the embedded simulator, and stops on SIGTERM with exit 0', async () => {
    const gateway = start({ SIMULATOR_TRANSITION_DELAY_MS: '30' });
    const line = await gateway.waitForLog(isStartLine);

    expect(line).toMatchObject({
      level: 30,
      upstream: 'embedded',
      host: '127.0.0.1',
      projectId: 'demo-project',
    });
    const url = String(line['url']);
    expect(url).toBe(`http://127.0.0.1:${String(line['port'])}/graphql`);
    const message = String(line['msg']);
    expect(message).toContain(url);
    expect(message).toContain('embedded CCE simulator with demo data');
    expect(message).toContain(DEMO_TOKEN);
    for (const setting of ['CCE_REGION', 'CCE_PROJECT_ID', 'CCE_ACCESS_KEY', 'CCE_SECRET_KEY']) {
      expect(message).toContain(setting);
    }

    const result = await post(url, '{ clusters { id name } }');
    expect(result.errors).toBeUndefined();
    expect((result.data?.['clusters'] as unknown[]).length).toBeGreaterThan(0);

    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain(DEMO_TOKEN);

    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
    expect(gateway.logs.map((l) => l['msg'])).toContain('stopped');
    expect(gateway.logs.filter((l) => Number(l['level']) >= 50)).toEqual([]);
  });

  it('lets an in-flight request finish before exiting on SIGTERM', async () => {
    const gateway = start();
    const line = await gateway.waitForLog(isStartLine);
    const simulatorUrl = String(line['endpoint']);
    // Slow the embedded simulator down so the request is still running when the signal arrives.
    const fault = await fetch(`${simulatorUrl}/__simulator/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'ListClusters', type: 'latency', latencyMs: 500 }),
    });
    expect(fault.ok).toBe(true);

    const inFlight = post(String(line['url']), '{ clusters { id } }');
    // The request is under way once the simulator has counted it.
    await waitFor(async () => {
      const stats = (await (await fetch(`${simulatorUrl}/__simulator/stats`)).json()) as {
        total: number;
      };
      return stats.total > 0;
    });
    gateway.child.kill('SIGTERM');

    const result = await inFlight;
    expect(result.errors).toBeUndefined();
    expect((result.data?.['clusters'] as unknown[]).length).toBeGreaterThan(0);
    expect(await gateway.exited).toBe(0);
  });

  it('refuses a bad configuration with a message naming the variable, and exits 1', async () => {
    const gateway = start({ PORT: 'eighty', CCE_REGION: 'atlantis-1', CCE_PROJECT_ID: 'p' });
    expect(await gateway.exited).toBe(1);
    const output = gateway.text.join('\n');
    expect(output).toContain('PORT: must be a whole number from 0 to 65535 (got "eighty")');
    expect(gateway.logs).toEqual([]);
  });

  it('logs a promise rejection nobody handled and keeps serving', async () => {
    // A preloaded module leaves one rejection unhandled once the gateway is up: a stand-in for a
    // bug a request could trigger (before, the process exited 1 on it).
    const probe = "setTimeout(()=>{Promise.reject(new(Error)('probe'))},1500)";
    const gateway = start({ NODE_OPTIONS: `--import=data:text/javascript,${probe}` });
    const { url } = await gateway.waitForLog(isStartLine);
    const logged = await gateway.waitForLog((line) =>
      String(line['msg']).startsWith('unhandled promise rejection'),
    );
    expect(logged).toMatchObject({ level: 50, err: { message: 'probe' } });
    const answer = await post(String(url), '{ clusters { name } }');
    expect(answer.errors).toBeUndefined();
    expect(gateway.child.exitCode).toBeNull();
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
  });

  it('exits 1 with a clear log line when the port is taken', async () => {
    const first = start();
    const { port } = await first.waitForLog(isStartLine);
    const second = start({ PORT: String(port) });
    expect(await second.exited).toBe(1);
    expect(second.logs).toContainEqual(
      expect.objectContaining({ level: 60, msg: 'failed to start' }),
    );
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  });
});

/** Polls `check` until it holds (at most 50 tries, 20 ms apart). */
async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('condition not reached');
}
