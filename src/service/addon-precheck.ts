/**
 * CCE's add-on precheck of an upgrade, as `AddonUpgradePreview.precheck` answers it: one
 * BatchCreateAddonPrecheck, then ListAddonPrecheckTasks every ADDON_PRECHECK_POLL_MS until the
 * task has finished, for at most ADDON_PRECHECK_TIMEOUT_MS (and never past the request's read
 * deadline, whose signal every call and every wait takes).
 *
 * The precheck is a POST, so the transport treats it as a write: never sent twice on an answer,
 * only when the connection failed before a byte left. A second try would start a second check
 * task. It changes nothing in the cluster, but the gateway never repeats a POST it may have
 * delivered. The polls are reads, retried as reads are.
 */
import { setTimeout as wait } from 'node:timers/promises';
import { GraphQLError } from 'graphql';
import { UpstreamTimeout } from '../cce/errors.ts';
import type {
  AddonCheckItem,
  AddonCheckTask,
  AddonConfigurationRisk,
  AddonPrecheckInput,
  AddonPrecheckStarted,
  CallOptions,
  CceClient,
} from '../cce/model.ts';
import type {
  AddonConfigurationRisk as ConfigurationRiskAnswer,
  AddonPrecheck,
  AddonPrecheckRisk,
} from '../generated/graphql.ts';
import { isSecretKey, MASKED_VALUE, maskCredentialsInText } from '../values/masking.ts';

export interface PrecheckTiming {
  /** ADDON_PRECHECK_TIMEOUT_MS. */
  readonly timeoutMs: number;
  /** ADDON_PRECHECK_POLL_MS. */
  readonly pollMs: number;
}

function isFinished(task: AddonCheckTask): boolean {
  return task.state !== 'INIT' && task.state !== 'RUNNING';
}

/** An item CCE checked and found a risk in; `INFO` items are notes, not risks. */
function isFound(item: AddonCheckItem): boolean {
  return item.state === 'FAILED' && item.level !== 'INFO';
}

/** A setting's value, masked when the setting (any part of its dotted name) names a secret. */
function shownSetting(field: string | null, value: string | null): string | null {
  if (value === null || value === '') return value;
  const secret = field !== null && field.split('.').some(isSecretKey);
  return secret ? MASKED_VALUE : maskCredentialsInText(value);
}

function configurationRiskAnswer(risk: AddonConfigurationRisk): ConfigurationRiskAnswer {
  return {
    package: risk.package,
    sourceFile: risk.sourceFile,
    node: risk.nodeMessage,
    field: risk.field,
    operation: risk.operation,
    originalValue: shownSetting(risk.field, risk.originalValue),
    value: shownSetting(risk.field, risk.value),
  };
}

function riskAnswer(item: AddonCheckItem): AddonPrecheckRisk {
  return {
    name: item.name,
    level: item.level === 'WARNING' ? 'WARNING' : 'FATAL',
    message: item.message,
    configurationRisks: item.configurationRisks.map(configurationRiskAnswer),
  };
}

/**
 * The answer of a finished check: the risks of the task, then those of the precheck's own answer.
 * PASSED only when CCE said `Success` and nothing was found; a state CCE adds later is UNKNOWN.
 */
export function precheckAnswer(task: AddonCheckTask, started: AddonPrecheckStarted): AddonPrecheck {
  const risks = [...task.risks, ...started.items].filter(isFound).map(riskAnswer);
  const known = task.state === 'SUCCESS' || task.state === 'FAILED';
  return {
    taskId: task.taskId,
    status: !known
      ? 'UNKNOWN'
      : task.state === 'FAILED' || risks.length > 0
        ? 'RISKS_FOUND'
        : 'PASSED',
    message: task.message,
    risks,
    blocked: risks.some((risk) => risk.level === 'FATAL'),
  };
}

/**
 * The task of this precheck among those listed: the one CCE named when it started the check, else
 * (CCE named none) the newest listed for the add-on.
 */
function taskOf(
  tasks: readonly AddonCheckTask[],
  named: AddonCheckTask | null,
): AddonCheckTask | null {
  if (named !== null) return tasks.find((task) => task.taskId === named.taskId) ?? null;
  let newest: AddonCheckTask | null = null;
  for (const task of tasks) {
    if (newest === null || (task.createdAt ?? '') >= (newest.createdAt ?? '')) newest = task;
  }
  return newest;
}

function notFinished(timeoutMs: number, task: AddonCheckTask | null): GraphQLError {
  const which = task === null ? '' : ` (task ${task.taskId})`;
  return new GraphQLError(
    `CCE's add-on precheck${which} had not finished after ${timeoutMs} ms (ADDON_PRECHECK_TIMEOUT_MS); it may still finish in CCE. Ask for the preview again later.`,
    { extensions: { code: 'UPSTREAM_TIMEOUT' } },
  );
}

/** Waits `ms`; when the request's signal ends the wait, fails as its calls would. */
async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await wait(ms, undefined, { signal });
  } catch (error) {
    const reason: unknown = signal?.reason;
    if (reason instanceof DOMException && reason.name === 'TimeoutError') {
      throw new UpstreamTimeout('ListAddonPrecheckTasks', 'read deadline', { cause: reason });
    }
    throw reason ?? error;
  }
}

/** Starts CCE's precheck of the upgrade and waits for its finished task (see the module comment). */
export async function runAddonPrecheck(
  client: CceClient,
  input: AddonPrecheckInput,
  timing: PrecheckTiming,
  options: CallOptions,
): Promise<AddonPrecheck> {
  const deadline = Date.now() + timing.timeoutMs;
  const started = await client.createAddonPrecheck(input, options);
  const named =
    started.tasks.find((task) => task.addonId === input.addonId) ?? started.tasks[0] ?? null;
  const filter = {
    type: 'addonUpgrade' as const,
    addonId: input.addonId,
    ...(named === null ? {} : { taskId: named.taskId }),
  };
  let task = named;
  while (task === null || !isFinished(task)) {
    const pollIn = Math.min(timing.pollMs, deadline - Date.now());
    if (pollIn <= 0) throw notFinished(timing.timeoutMs, task);
    await pause(pollIn, options.signal);
    const listed = await client.listAddonPrecheckTasks(input.clusterId, filter, options);
    task = taskOf(listed, named) ?? named;
  }
  return precheckAnswer(task, started);
}
