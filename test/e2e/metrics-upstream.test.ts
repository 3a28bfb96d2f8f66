/**
 * `/metrics` against the real gateway and simulator: upstream CCE calls counted per SDK operation,
 * outcome and status exactly as the simulator counted them, GraphQL operations by name, one
 * registry per server, and nothing unbounded or secret in label values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPERATION_NAMES } from '../../src/server/metrics.ts';
import { CSRF_HEADER } from '../../src/server/security/csrf.ts';
import { DEMO_CLUSTERS, DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { gql, startStack, type Stack } from '../support/stack.ts';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition. */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key ?? ''] = value ?? '';
    }
    samples.push({ name: match[1] ?? '', labels, value: Number(match[3]) });
  }
  return samples;
}

async function scrape(stack: Stack): Promise<{ text: string; samples: Sample[] }> {
  const response = await fetch(`${stack.baseUrl}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  const text = await response.text();
  return { text, samples: parseMetrics(text) };
}

/** Upstream calls by SDK operation, summed over outcomes and statuses. */
function upstreamCallsByOperation(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sample of samples) {
    if (sample.name !== 'cce_upstream_requests_total') continue;
    const operation = sample.labels['operation'] ?? '';
    counts[operation] = (counts[operation] ?? 0) + sample.value;
  }
  return counts;
}

describe('/metrics', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('counts upstream calls per operation exactly as CCE received them', async () => {
    stack.simulator.resetStats();
    const dashboard = await gql(
      stack,
      `query Dashboard { clusters { name releases { totalCount } addons { name } } charts { name } }`,
    );
    expect(dashboard.errors).toBeUndefined();
    const lookup = await gql(stack, `query One($id: ID!) { cluster(id: $id) { name } }`, {
      id: DEMO_CLUSTERS.production,
    });
    expect(lookup.errors).toBeUndefined();

    const expected = stack.simulator.stats().operations;
    expect(Object.keys(expected).length).toBeGreaterThan(2);
    const { samples } = await scrape(stack);
    expect(upstreamCallsByOperation(samples)).toEqual(expected);
    for (const sample of samples.filter((s) => s.name === 'cce_upstream_requests_total')) {
      expect(sample.labels).toMatchObject({ outcome: 'success', status: '200' });
    }
    // The latency histogram saw the same calls.
    const durations = samples.filter(
      (s) => s.name === 'cce_upstream_request_duration_seconds_count',
    );
    expect(durations.reduce((sum, s) => sum + s.value, 0)).toBe(
      Object.values(expected).reduce((sum, n) => sum + n, 0),
    );
  });

  it('counts GraphQL operations by name and type', async () => {
    await gql(stack, 'query NamedForMetrics { clusters { id } }');
    const { samples } = await scrape(stack);
    const requests = samples.filter(
      (s) =>
        s.name === 'graphql_envelop_request' && s.labels['operationName'] === 'NamedForMetrics',
    );
    expect(requests).toEqual([
      {
        name: 'graphql_envelop_request',
        labels: { operationType: 'query', operationName: 'NamedForMetrics' },
        value: 1,
      },
    ]);
    expect(
      samples.some(
        (s) =>
          s.name === 'graphql_yoga_http_duration_count' &&
          s.labels['operationName'] === 'NamedForMetrics',
      ),
    ).toBe(true);
  });

  it('exports exactly the documented GraphQL metrics, with a status on the HTTP timing', async () => {
    await gql(stack, 'query Timed { clusters { id } }');
    const { text, samples } = await scrape(stack);
    const families = [...text.matchAll(/^# TYPE (graphql_\w+) /gm)].map(([, name]) => name);
    expect(families.sort()).toEqual([
      'graphql_envelop_error_result',
      'graphql_envelop_phase_subscribe',
      'graphql_envelop_request',
      'graphql_envelop_schema_change',
      'graphql_jit_compiled_queries_total',
      'graphql_response_cache_hits_total',
      'graphql_subscription_pollers',
      'graphql_subscriptions_open',
      'graphql_subscriptions_refused_total',
      'graphql_yoga_http_duration',
    ]);
    expect(
      samples.find(
        (s) =>
          s.name === 'graphql_yoga_http_duration_count' && s.labels['operationName'] === 'Timed',
      )?.labels,
    ).toEqual({
      operationType: 'query',
      operationName: 'Timed',
      method: 'POST',
      statusCode: '200',
    });
  });

  it('counts each query document compiled by graphql-jit once, and no mutation', async () => {
    const compiled = async () =>
      (await scrape(stack)).samples.find((s) => s.name === 'graphql_jit_compiled_queries_total')
        ?.value;
    const before = await compiled();
    // Unique texts: no earlier test of this file compiled them.
    const first = 'query CompiledOnce { clusters { id name } }';
    const second = 'query CompiledToo { clusters { id type } }';
    for (const document of [first, second, first, second, first]) await gql(stack, document);
    await gql(
      stack,
      `mutation NotCompiled { releaseUpgrade(input: { clusterId: "${DEMO_CLUSTERS.production}", namespace: "Bad Namespace", name: "x", values: {} }) { userErrors { code } } }`,
    );
    expect((await compiled()) ?? Number.NaN).toBe((before ?? Number.NaN) + 2);
  });

  it('records failed calls with their outcome, final status and retries', async () => {
    const before = await scrape(stack);
    const failures = (samples: Sample[], name: string) =>
      samples
        .filter(
          (s) =>
            s.name === name &&
            s.labels['operation'] === 'ListClusters' &&
            s.labels['outcome'] === 'error' &&
            s.labels['status'] === '503',
        )
        .reduce((sum, s) => sum + s.value, 0);
    stack.simulator.resetStats();
    stack.simulator.setFault({ operation: 'ListClusters', type: 'error', status: 503 });
    try {
      const failed = await gql(stack, '{ clusters { id } }');
      expect(failed.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      stack.simulator.clearFaults();
    }
    const attempts = stack.simulator.stats().operations['ListClusters'] ?? 0;
    expect(attempts).toBeGreaterThan(1); // reads are retried
    const after = await scrape(stack);
    expect(failures(after.samples, 'cce_upstream_requests_total')).toBe(
      failures(before.samples, 'cce_upstream_requests_total') + 1,
    );
    expect(failures(after.samples, 'cce_upstream_retries_total')).toBe(
      failures(before.samples, 'cce_upstream_retries_total') + attempts - 1,
    );
  });

  it('keeps query strings, variables and tokens out of label values', async () => {
    const query = encodeURIComponent('query ViaGet($id: ID!) { cluster(id: $id) { id } }');
    const variables = encodeURIComponent(JSON.stringify({ id: 'secret-looking-variable' }));
    const response = await fetch(`${stack.gatewayUrl}?query=${query}&variables=${variables}`, {
      headers: {
        'X-Auth-Token': DEMO_TOKEN,
        accept: 'application/json',
        // GET operations need it (CSRF prevention).
        [CSRF_HEADER]: '1',
      },
    });
    expect(response.status).toBe(200);
    const { text } = await scrape(stack);
    expect(text).toContain('operationName="ViaGet"');
    expect(text).not.toContain('secret-looking-variable');
    expect(text).not.toContain(DEMO_TOKEN);
    expect(text).not.toMatch(/url="/);
  });

  it('keeps each server’s counts in its own registry', async () => {
    const other = await startStack();
    try {
      const { samples } = await scrape(other);
      expect(upstreamCallsByOperation(samples)).toEqual({});
      await gql(other, '{ clusters { id } }');
      expect(upstreamCallsByOperation((await scrape(other)).samples)).toEqual(
        other.simulator.stats().operations,
      );
    } finally {
      await other.close();
    }
  });
});

describe('/metrics under ever-new operation names', () => {
  it('keeps at most MAX_OPERATION_NAMES of them as label values, the rest as `other`', async () => {
    const stack = await startStack();
    try {
      for (let index = 0; index <= MAX_OPERATION_NAMES; index++) {
        await gql(stack, `query ClientChosen${index} { __typename }`);
      }
      const { samples } = await scrape(stack);
      for (const metric of ['graphql_envelop_request', 'graphql_yoga_http_duration_count']) {
        const names = new Set(
          samples.filter((s) => s.name === metric).map((s) => s.labels['operationName']),
        );
        expect(names.size, metric).toBe(MAX_OPERATION_NAMES + 1);
        expect(names.has('other'), metric).toBe(true);
      }
    } finally {
      await stack.close();
    }
  });
});

describe('/metrics with the response cache on', () => {
  it('counts answers from the cache, which make no upstream call', async () => {
    const stack = await startStack({ gateway: { responseCache: { ttlMs: 60_000 } } });
    try {
      const hits = async () =>
        (await scrape(stack)).samples.find((s) => s.name === 'graphql_response_cache_hits_total')
          ?.value;
      expect(await hits()).toBe(0);
      await gql(stack, '{ clusters { id } }');
      await gql(stack, '{ clusters { id } }');
      await gql(stack, '{ clusters { id } }');
      expect(await hits()).toBe(2);
      expect(upstreamCallsByOperation((await scrape(stack)).samples)).toEqual(
        stack.simulator.stats().operations,
      );
    } finally {
      await stack.close();
    }
  });
});

describe('/metrics with METRICS_ENABLED=false', () => {
  it('is not served', async () => {
    const stack = await startStack({ gateway: { metrics: { enabled: false } } });
    try {
      const response = await fetch(`${stack.baseUrl}/metrics`);
      expect(response.status).toBe(404);
    } finally {
      await stack.close();
    }
  });
});
