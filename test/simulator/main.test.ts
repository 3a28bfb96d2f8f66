/** `npm run simulator` (node src/simulator/main.ts) as a child process: start, answer, stop, refuse bad settings. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function startCli(settings: Record<string, string>) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('SIMULATOR_')),
  );
  const child = spawn(process.execPath, ['src/simulator/main.ts'], {
    cwd: ROOT,
    env: { ...inherited, ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout = createInterface({ input: child.stdout });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  /** The URL from the start line (within 10 s). */
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no start line; stderr: ${stderr.join('')}`)),
      10_000,
    );
    stdout.on('line', (line) => {
      const match = /^CCE simulator listening on (http:\/\/\S+)$/.exec(line);
      if (match !== null) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then(() => reject(new Error(`exited before starting; stderr: ${stderr.join('')}`)));
  });
  // Tests of refused settings never await the URL; its rejection is expected there.
  url.catch(() => undefined);
  return { child, url, exited, stderr };
}

describe('npm run simulator', () => {
  it('prints its URL with SIMULATOR_PORT=0, serves the demo data, and exits 0 on SIGTERM', async () => {
    const cli = startCli({
      SIMULATOR_PORT: '0',
      SIMULATOR_FAULTS: '{"type":"error","operation":"ListCharts","status":503}',
    });
    const url = await cli.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const clusters = await fetch(`${url}/api/v3/projects/demo-project/clusters`, {
      headers: { 'X-Auth-Token': DEMO_TOKEN },
    });
    expect(clusters.status).toBe(200);
    const charts = await fetch(`${url}/v2/charts`, { headers: { 'X-Auth-Token': DEMO_TOKEN } });
    expect(charts.status).toBe(503);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('exits 1 naming the bad setting', async () => {
    const cli = startCli({ SIMULATOR_PORT: 'eighty', SIMULATOR_ERROR_CASING: 'pascal' });
    expect(await cli.exited).toBe(1);
    const message = cli.stderr.join('');
    expect(message).toContain('SIMULATOR_PORT must be an integer from 0 to 65535, not "eighty".');
    expect(message).toContain('SIMULATOR_ERROR_CASING must be camel or snake, not "pascal".');
  });

  it('exits 1 for a fault naming an unknown operation', async () => {
    const cli = startCli({
      SIMULATOR_PORT: '0',
      SIMULATOR_FAULTS: '{"type":"hang","operation":"ListPods"}',
    });
    expect(await cli.exited).toBe(1);
    expect(cli.stderr.join('')).toMatch(/Unknown operation ListPods/);
  });
});
