/**
 * The add-on precheck's own logic, without HTTP: how a finished task and the precheck's answer
 * become `AddonPrecheck`, and how the wait finds its task, ends, and gives up.
 */
import { describe, expect, it } from 'vitest';
import { UpstreamTimeout } from '../../src/cce/errors.ts';
import type {
  AddonCheckItem,
  AddonCheckTask,
  AddonPrecheckStarted,
  AddonPrecheckTaskFilter,
  CceClient,
} from '../../src/cce/model.ts';
import { precheckAnswer, runAddonPrecheck } from '../../src/service/addon-precheck.ts';

function task(overrides: Partial<AddonCheckTask> = {}): AddonCheckTask {
  return {
    taskId: 't-1',
    type: 'addonUpgrade',
    templateName: 'coredns',
    addonId: 'a-1',
    addonName: 'coredns',
    targetVersion: '1.30.6',
    state: 'SUCCESS',
    message: 'done',
    risks: [],
    createdAt: '2025-01-01T00:00:00Z',
    expiresAt: null,
    ...overrides,
  };
}

function item(overrides: Partial<AddonCheckItem> = {}): AddonCheckItem {
  return {
    name: 'risk',
    level: 'WARNING',
    state: 'FAILED',
    message: null,
    configurationRisks: [],
    ...overrides,
  };
}

const NOTHING_STARTED: AddonPrecheckStarted = { phase: 'RUNNING', tasks: [], items: [] };

describe('precheckAnswer', () => {
  it('is PASSED for a Success task without risks found; checked items without a risk are left out', () => {
    const answer = precheckAnswer(
      task({ risks: [item({ state: 'SUCCESS', level: 'FATAL' })] }),
      NOTHING_STARTED,
    );
    expect(answer).toEqual({
      taskId: 't-1',
      status: 'PASSED',
      message: 'done',
      risks: [],
      blocked: false,
    });
  });

  it('lists found risks, the task first, leaves INFO items out, and is blocked by a FATAL one', () => {
    const answer = precheckAnswer(
      task({ state: 'FAILED', risks: [item({ name: 'w' }), item({ name: 'f', level: 'FATAL' })] }),
      {
        ...NOTHING_STARTED,
        items: [item({ name: 'info', level: 'INFO' }), item({ name: 'config' })],
      },
    );
    expect(answer.status).toBe('RISKS_FOUND');
    expect(answer.blocked).toBe(true);
    expect(answer.risks.map(({ name, level }) => [name, level])).toEqual([
      ['w', 'WARNING'],
      ['f', 'FATAL'],
      ['config', 'WARNING'],
    ]);
  });

  it("reports risks of the precheck's answer even when the task itself succeeded", () => {
    const answer = precheckAnswer(task(), { ...NOTHING_STARTED, items: [item()] });
    expect(answer).toMatchObject({ status: 'RISKS_FOUND', blocked: false });
  });

  it('is UNKNOWN for a finished state it does not know', () => {
    expect(precheckAnswer(task({ state: 'UNKNOWN' }), NOTHING_STARTED).status).toBe('UNKNOWN');
  });

  it('masks the values of secret settings and credentials written in values', () => {
    const risk = (field: string, originalValue: string, value: string) => ({
      package: null,
      sourceFile: null,
      nodeMessage: 'node-1',
      field,
      operation: 'modify',
      originalValue,
      value,
    });
    const answer = precheckAnswer(task(), {
      ...NOTHING_STARTED,
      items: [
        item({
          configurationRisks: [
            risk('basic.swr_password', 'old', 'new'),
            risk('auth.credentials.user', 'a', 'b'),
            risk('basic.url', 'https://u:p4ss@host', 'plain'),
            risk('basic.token', '', 'x'),
          ],
        }),
      ],
    });
    expect(
      answer.risks[0]?.configurationRisks.map(({ originalValue, value }) => [originalValue, value]),
    ).toEqual([
      ['******', '******'],
      ['******', '******'],
      ['https://u:******@host', 'plain'],
      ['', '******'],
    ]);
    expect(answer.risks[0]?.configurationRisks[0]?.node).toBe('node-1');
  });
});

/** A client whose precheck answers `started` and whose task list answers `lists`, one per call. */
function fakeClient(started: AddonPrecheckStarted, lists: AddonCheckTask[][]) {
  const filters: AddonPrecheckTaskFilter[] = [];
  const client = {
    createAddonPrecheck: () => Promise.resolve(started),
    listAddonPrecheckTasks: (_cluster: string, filter: AddonPrecheckTaskFilter = {}) => {
      filters.push(filter);
      return Promise.resolve(lists.shift() ?? []);
    },
  } as unknown as CceClient;
  return { client, filters };
}

const INPUT = {
  clusterId: 'c-1',
  addonId: 'a-1',
  templateName: 'coredns',
  targetVersion: '1.30.6',
  values: {},
};

describe('runAddonPrecheck', () => {
  it('reads the task CCE named until it has finished', async () => {
    const running = task({ state: 'RUNNING' });
    const { client, filters } = fakeClient({ ...NOTHING_STARTED, tasks: [running] }, [
      [running],
      [task({ taskId: 'other', state: 'SUCCESS' }), task({ state: 'FAILED', risks: [item()] })],
    ]);
    const answer = await runAddonPrecheck(client, INPUT, { timeoutMs: 10_000, pollMs: 1 }, {});
    expect(answer).toMatchObject({ taskId: 't-1', status: 'RISKS_FOUND' });
    expect(filters).toEqual([
      { type: 'addonUpgrade', addonId: 'a-1', taskId: 't-1' },
      { type: 'addonUpgrade', addonId: 'a-1', taskId: 't-1' },
    ]);
  });

  it('takes the newest task of the add-on when CCE named none', async () => {
    const { client, filters } = fakeClient(NOTHING_STARTED, [
      [
        task({ taskId: 'old', createdAt: '2025-01-01T00:00:00Z' }),
        task({ taskId: 'new', createdAt: '2025-01-02T00:00:00Z', state: 'FAILED' }),
      ],
    ]);
    const answer = await runAddonPrecheck(client, INPUT, { timeoutMs: 10_000, pollMs: 1 }, {});
    expect(answer.taskId).toBe('new');
    expect(filters).toEqual([{ type: 'addonUpgrade', addonId: 'a-1' }]);
  });

  it('answers at once, without a read, when the task CCE named has finished already', async () => {
    const { client, filters } = fakeClient({ ...NOTHING_STARTED, tasks: [task()] }, []);
    const answer = await runAddonPrecheck(client, INPUT, { timeoutMs: 10_000, pollMs: 1 }, {});
    expect(answer.status).toBe('PASSED');
    expect(filters).toEqual([]);
  });

  it('gives up with UPSTREAM_TIMEOUT once the timeout has passed, naming the task', async () => {
    const running = task({ state: 'RUNNING' });
    const lists = Array.from({ length: 50 }, () => [running]);
    const { client } = fakeClient({ ...NOTHING_STARTED, tasks: [running] }, lists);
    const failure = runAddonPrecheck(client, INPUT, { timeoutMs: 20, pollMs: 5 }, {});
    await expect(failure).rejects.toMatchObject({
      message: expect.stringContaining('(task t-1) had not finished after 20 ms') as unknown,
      extensions: { code: 'UPSTREAM_TIMEOUT' },
    });
  });

  it('stops waiting when the read deadline passes, as the calls it aborts would', async () => {
    const running = task({ state: 'RUNNING' });
    const { client } = fakeClient({ ...NOTHING_STARTED, tasks: [running] }, []);
    const deadline = new AbortController();
    const failure = runAddonPrecheck(
      client,
      INPUT,
      { timeoutMs: 60_000, pollMs: 30_000 },
      { signal: deadline.signal },
    );
    deadline.abort(new DOMException('The read deadline passed', 'TimeoutError'));
    await expect(failure).rejects.toBeInstanceOf(UpstreamTimeout);
  });
});
