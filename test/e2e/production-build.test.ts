/**
 * The production start (what the Dockerfile and deploy/ run): `npm run build` bundles the sources
 * and their dependencies with rolldown.config.ts, and `node dist/start.js` starts the gateway with Node's compile cache
 * on. The build is laid out as in the image (dist/ beside schema/ and node_modules/), started
 * against a CCE endpoint, and asked a query; GraphiQL's page, which is loaded on its first view,
 * still renders.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../rolldown.config.ts';
import { DEMO_PROJECT_ID, DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { startSimulator, type Simulator } from '../../src/simulator/index.ts';
import { spawnGateway, type GatewayProcess } from '../support/process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let app: string;
let simulator: Simulator;
let gateway: GatewayProcess | undefined;

beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'cce-gateway-build-'));
  await build({ ...config, output: { ...config.output, dir: join(app, 'dist') } });
  symlinkSync(join(ROOT, 'schema'), join(app, 'schema'));
  symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'));
  simulator = await startSimulator({ host: '127.0.0.1', port: 0, demoData: true });
}, 180_000);

afterAll(async () => {
  if (gateway && gateway.child.exitCode === null && gateway.child.signalCode === null) {
    gateway.child.kill('SIGKILL');
  }
  await simulator?.close();
  rmSync(app, { recursive: true, force: true });
});

describe('the production build', () => {
  it('keeps the simulator, the GraphiQL renderer and the tracing SDK out of the start chunk', () => {
    const chunks = readdirSync(join(app, 'dist')).filter((file) => file.endsWith('.js'));
    const start = readFileSync(join(app, 'dist', 'start.js'), 'utf8');
    expect(start).toContain('enableCompileCache');
    // Once listening, start-up's grown young generation is given back (src/startup-memory.ts).
    expect(start).toContain('releaseStartupMemory()');
    const main = chunks.find((file) => file.startsWith('main-'));
    expect(main).toBeDefined();
    const mainText = readFileSync(join(app, 'dist', main!), 'utf8');
    // Only dynamic imports of them: loaded when embedded, and on the first page view.
    expect(mainText).toMatch(/import\(["`]@graphql-yoga\/render-graphiql["`]\)/);
    expect(mainText).not.toMatch(/from\s*["`]@graphql-yoga\/render-graphiql["`]/);
    expect(chunks.some((file) => file.startsWith('simulator-'))).toBe(true);
    expect(mainText).not.toContain('function startSimulator');
    // The OpenTelemetry SDK is a chunk of its own, imported only when tracing is on.
    const tracing = chunks.find((file) => file.startsWith('sdk-'));
    expect(readFileSync(join(app, 'dist', tracing!), 'utf8')).toContain('BatchSpanProcessor');
    expect(mainText).toMatch(
      new RegExp(`import\\(["\`]\\./${tracing!.replace('.', '\\.')}["\`]\\)`),
    );
    expect(mainText).not.toContain('BatchSpanProcessor');
  });

  it('starts with node dist/start.js, answers a query, fills the compile cache and stops on SIGTERM', async () => {
    const cache = join(app, 'compile-cache');
    gateway = spawnGateway(
      {
        PORT: '0',
        NODE_ENV: 'production',
        CCE_ENDPOINT: simulator.url,
        CCE_PROJECT_ID: DEMO_PROJECT_ID,
        NODE_COMPILE_CACHE: cache,
        // Off by default in production against a real CCE: on here, to load the page's chunk.
        GRAPHIQL: 'true',
      },
      { script: 'dist/start.js', cwd: app },
    );
    const line = await gateway.waitForLog((entry) => typeof entry['url'] === 'string', 30_000);
    expect(line).toMatchObject({ upstream: 'endpoint', endpoint: simulator.url });
    const url = String(line['url']);

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Auth-Token': DEMO_TOKEN },
      body: JSON.stringify({ query: '{ clusters { name } }' }),
    });
    const result = (await response.json()) as { data?: { clusters: Array<{ name: string }> } };
    expect(result.data?.clusters.map((cluster) => cluster.name)).toContain('prod-cce');

    // Bundled dependencies at work: metrics (prom-client) and GraphiQL's page.
    const metrics = await fetch(url.replace(/\/graphql$/, '/metrics'));
    expect(await metrics.text()).toContain('graphql_envelop_');
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>CCE Gateway</title>');

    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
    // Node writes the cache on exit: one directory per Node version and V8 flags.
    expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(0);
  }, 60_000);
});
