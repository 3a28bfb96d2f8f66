import type { ServerResponse } from 'node:http';
import { Agent, request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpEdge } from '../../src/server/http.ts';

const agents: Agent[] = [];
afterEach(async () => {
  await Promise.all(agents.splice(0).map((agent) => agent.close()));
});

/** A keep-alive client, as browsers and frontends' HTTP stacks are. */
function keepAliveAgent(): Agent {
  const agent = new Agent({ keepAliveTimeout: 60_000 });
  agents.push(agent);
  return agent;
}

/** A server whose responses wait until the test releases them. */
function heldServer() {
  const held: ServerResponse[] = [];
  const arrived: Array<() => void> = [];
  const edge = createHttpEdge((_request, response) => {
    held.push(response);
    arrived.shift()?.();
  });
  const nextArrival = () => new Promise<void>((resolve) => arrived.push(resolve));
  return { edge, held, nextArrival };
}

describe('createHttpEdge', () => {
  it('listens on loopback port 0 and reports a usable URL', async () => {
    const edge = createHttpEdge((_request, response) => response.end('hello'));
    const address = await edge.listen(0, '127.0.0.1');
    expect(address.port).toBeGreaterThan(0);
    expect(address.url).toBe(`http://127.0.0.1:${address.port}`);
    expect(await (await fetch(address.url)).text()).toBe('hello');
    await edge.drain(1_000);
  });

  it('lets an in-flight request finish, closes its keep-alive socket, then resolves', async () => {
    const { edge, held, nextArrival } = heldServer();
    const address = await edge.listen(0, '127.0.0.1');
    const arrival = nextArrival();
    const answer = request(address.url, { dispatcher: keepAliveAgent() });
    await arrival;

    let drained = false;
    const draining = edge.drain(60_000).then(() => {
      drained = true;
    });
    // Stopped accepting: a new connection is refused while the old request is still running.
    await expect(fetch(address.url)).rejects.toThrow();
    expect(drained).toBe(false);

    held[0]?.end('finished');
    const response = await answer;
    expect(response.statusCode).toBe(200);
    expect(response.headers['connection']).toBe('close');
    expect(await response.body.text()).toBe('finished');
    await draining;
    expect(edge.server.listening).toBe(false);
  });

  it('cuts requests still running when the grace period is over', async () => {
    const { edge, held, nextArrival } = heldServer();
    const address = await edge.listen(0, '127.0.0.1');
    const arrival = nextArrival();
    const answer = request(address.url, { dispatcher: keepAliveAgent() })
      .then((response) => response.body.text())
      .catch((error: unknown) => error);
    await arrival;
    held[0]?.write('partial'); // headers sent: a streaming answer that never ends by itself
    await edge.drain(50);
    const outcome = await answer;
    expect(outcome).toBeInstanceOf(Error);
  });

  it('resolves at once when it never listened', async () => {
    const edge = createHttpEdge((_request, response) => response.end());
    await edge.drain(1_000);
    expect(edge.server.listening).toBe(false);
  });

  it('rejects listen when the port is taken', async () => {
    const first = createHttpEdge((_request, response) => response.end());
    const { port } = await first.listen(0, '127.0.0.1');
    const second = createHttpEdge((_request, response) => response.end());
    await expect(second.listen(port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
    expect(second.server.listening).toBe(false);
    await first.drain(1_000);
  });
});
