/**
 * Start-up checks of the security settings, as `npm start` runs them (`node src/main.ts`): service
 * mode refuses to start without caller authentication, and a bad trusted-documents file stops it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiKeyDigest } from '../../src/server/security/api-keys.ts';
import { DEMO_ACCESS_KEY, DEMO_SECRET_KEY } from '../../src/simulator/demo-data.ts';
import { spawnGateway, type GatewayProcess } from '../support/process.ts';

const SERVICE_MODE = { CCE_ACCESS_KEY: DEMO_ACCESS_KEY, CCE_SECRET_KEY: DEMO_SECRET_KEY };
const running: GatewayProcess[] = [];

function start(env: Record<string, string>): GatewayProcess {
  const gateway = spawnGateway({ PORT: '0', SIMULATOR_TRANSITION_DELAY_MS: '30', ...env });
  running.push(gateway);
  return gateway;
}

const isStartLine = (line: Record<string, unknown>) =>
  typeof line['port'] === 'number' && typeof line['url'] === 'string';

afterEach(() => {
  for (const gateway of running.splice(0)) {
    if (gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
  }
});

describe('node src/main.ts in service mode', () => {
  it('refuses to start without caller authentication, saying what to set', async () => {
    const gateway = start(SERVICE_MODE);
    expect(await gateway.exited).toBe(1);
    const output = gateway.text.join('\n');
    expect(output).toContain('GATEWAY_API_KEYS: service mode (CCE_ACCESS_KEY/CCE_SECRET_KEY)');
    expect(output).toContain('GATEWAY_JWT_JWKS_URL');
    expect(output).toContain('GATEWAY_ALLOW_UNAUTHENTICATED_SERVICE_MODE=true');
    expect(output).not.toContain(DEMO_SECRET_KEY);
  });

  it('starts with an API key digest, and serves only callers with the key', async () => {
    const gateway = start({ ...SERVICE_MODE, GATEWAY_API_KEYS: apiKeyDigest('startup-key') });
    const line = await gateway.waitForLog(isStartLine);
    const ask = (headers: Record<string, string>) =>
      fetch(String(line['url']), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ clusters { id } }' }),
      });
    expect((await ask({})).status).toBe(401);
    const served = await ask({ 'X-Api-Key': 'startup-key' });
    expect(served.status).toBe(200);
    expect(JSON.stringify(gateway.logs)).not.toContain('startup-key');
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
  });

  it('starts without caller authentication only with the explicit development flag', async () => {
    const gateway = start({ ...SERVICE_MODE, GATEWAY_ALLOW_UNAUTHENTICATED_SERVICE_MODE: 'true' });
    const line = await gateway.waitForLog(isStartLine);
    const served = await fetch(String(line['url']), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ clusters { id } }' }),
    });
    expect(served.status).toBe(200);
    const warning = gateway.logs.find((log) =>
      String(log['msg']).includes('GATEWAY_ALLOW_UNAUTHENTICATED_SERVICE_MODE'),
    );
    expect(warning?.['level']).toBe(40);
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
  });
});

describe('node src/main.ts with PERSISTED_OPERATIONS_FILE', () => {
  it('refuses to start when an entry does not match the schema', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cce-gateway-')), 'operations.json');
    writeFileSync(file, JSON.stringify({ broken: '{ clusterz { id } }' }));
    const gateway = start({ PERSISTED_OPERATIONS_FILE: file });
    expect(await gateway.exited).toBe(1);
    expect(JSON.stringify(gateway.logs)).toContain(
      'PERSISTED_OPERATIONS_FILE: entry \\"broken\\": Cannot query field \\"clusterz\\" on type \\"Query\\".',
    );
  });
});
