/**
 * The upgrade form: a chart version and a values patch, previewed first by the gateway
 * (`releaseUpgradePreview`: the values diff, the chart defaults diff, overrides to check, CCE's
 * dry-run verdict, or the userErrors beside their fields), then upgraded and followed live.
 */
import { useState } from 'react';
import { useClient, useMutation, type CombinedError } from 'urql';
import { ValueChanges, ValueOverrides } from './changes';
import { graphql } from './gql';
import type { ConsoleUpgradePreviewQuery } from './gql/graphql';
import type { ReleaseKey } from './route';
import { Timeline } from './Timeline';
import { FieldErrors, OtherErrors, RequestError, type FieldError } from './ui';

const PreviewQuery = graphql(`
  query ConsoleUpgradePreview($input: ReleaseUpgradeInput!) {
    releaseUpgradePreview(input: $input) {
      chart {
        version
      }
      valuesDiff {
        ...ConsoleValueChange
      }
      defaultsDiff {
        ...ConsoleValueChange
      }
      orphanedOverrides {
        ...ConsoleValueOverride
      }
      overriddenChangedDefaults {
        ...ConsoleValueOverride
      }
      dryRun {
        accepted
        code
        message
        requestId
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const UpgradeMutation = graphql(`
  mutation ConsoleReleaseUpgrade($input: ReleaseUpgradeInput!) {
    releaseUpgrade(input: $input) {
      release {
        id
        revision
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type Preview = ConsoleUpgradePreviewQuery['releaseUpgradePreview'];

/** The input fields the form shows userErrors beside; the others are listed under the form. */
const FORM_FIELDS = ['chartId', 'valuesPatch'];

export interface ChartChoice {
  readonly id: string;
  readonly version?: string | null;
  readonly versions: ReadonlyArray<{ readonly id: string; readonly version?: string | null }>;
}

function PreviewPanel({ preview }: { preview: Preview }) {
  const { dryRun } = preview;
  return (
    <div className="preview" aria-label="Preview">
      <h3>Preview{preview.chart?.version ? `: chart ${preview.chart.version}` : ''}</h3>
      {dryRun ? (
        <p
          className={dryRun.accepted ? 'verdict-ok' : 'verdict-bad'}
          data-dry-run={dryRun.accepted}
        >
          {dryRun.accepted
            ? 'CCE accepted the dry run.'
            : `CCE refused the dry run: ${dryRun.message ?? ''} (${dryRun.code ?? 'no code'}${dryRun.requestId ? `, request ${dryRun.requestId}` : ''})`}
        </p>
      ) : null}
      {preview.valuesDiff ? (
        <div aria-label="Values diff">
          <h4>Values: deployed → to be sent</h4>
          <ValueChanges changes={preview.valuesDiff} />
        </div>
      ) : null}
      {preview.defaultsDiff ? (
        <div aria-label="Chart defaults diff">
          <h4>Chart defaults: current chart → new chart</h4>
          <ValueChanges changes={preview.defaultsDiff} none="The chart's defaults do not change." />
        </div>
      ) : null}
      {preview.orphanedOverrides.length > 0 ? (
        <div aria-label="Orphaned overrides">
          <h4>Values the new chart has no default for (it may ignore them)</h4>
          <ValueOverrides overrides={preview.orphanedOverrides} withDefaults={false} />
        </div>
      ) : null}
      {preview.overriddenChangedDefaults.length > 0 ? (
        <div aria-label="Overridden changed defaults">
          <h4>Values that keep the old choice where the new chart changed the default</h4>
          <ValueOverrides overrides={preview.overriddenChangedDefaults} withDefaults />
        </div>
      ) : null}
    </div>
  );
}

export function UpgradeForm({
  release,
  revision,
  chart,
  onUpgraded,
}: {
  release: ReleaseKey;
  revision: number;
  /** The chart the release runs, with the versions it can move to; null when it is gone. */
  chart: ChartChoice | null;
  /** Called once the upgrade settled: the page reads the release again. */
  onUpgraded: () => void;
}) {
  const client = useClient();
  const [patchText, setPatchText] = useState('{\n  "replicaCount": 3\n}');
  const [chartId, setChartId] = useState(chart?.id ?? '');
  const [parseError, setParseError] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [requestError, setRequestError] = useState<CombinedError | undefined>();
  const [preview, setPreview] = useState<{ of: string; answer: Preview } | null>(null);
  const [upgradeErrors, setUpgradeErrors] = useState<readonly FieldError[]>([]);
  const [upgradedTo, setUpgradedTo] = useState<number | null>(null);
  const [upgradeState, upgrade] = useMutation(UpgradeMutation);

  // The preview holds for the input it was made of; an edit asks for a new one.
  const inputKey = JSON.stringify([chartId, patchText]);
  const current = preview?.of === inputKey ? preview.answer : null;
  const userErrors = [...(current?.userErrors ?? []), ...upgradeErrors];
  const canUpgrade =
    current !== null &&
    current.userErrors.length === 0 &&
    current.dryRun?.accepted === true &&
    upgradedTo === null &&
    !upgradeState.fetching;

  function input() {
    try {
      const valuesPatch: unknown = JSON.parse(patchText);
      setParseError(null);
      return { ...release, chartId: chartId || null, valuesPatch, expectedRevision: revision };
    } catch (error) {
      setParseError(`Not JSON: ${(error as Error).message}`);
      return null;
    }
  }

  async function runPreview() {
    const previewInput = input();
    if (!previewInput) return;
    setPreviewing(true);
    setUpgradeErrors([]);
    // Never from urql's cache either: the preview is a fresh dry run each time.
    const result = await client
      .query(PreviewQuery, { input: previewInput }, { requestPolicy: 'network-only' })
      .toPromise();
    setPreviewing(false);
    setRequestError(result.error);
    if (result.data) setPreview({ of: inputKey, answer: result.data.releaseUpgradePreview });
  }

  async function runUpgrade() {
    const upgradeInput = input();
    if (!upgradeInput) return;
    const result = await upgrade({ input: upgradeInput });
    setRequestError(result.error);
    const payload = result.data?.releaseUpgrade;
    setUpgradeErrors(payload?.userErrors ?? []);
    if (payload?.release && payload.userErrors.length === 0)
      setUpgradedTo(payload.release.revision);
  }

  return (
    <section className="upgrade">
      <h2>Upgrade</h2>
      {chart ? (
        <>
          <label htmlFor="chart-version">Chart version</label>
          <select
            id="chart-version"
            value={chartId}
            onChange={(event) => setChartId(event.target.value)}
          >
            {chart.versions.map((version) => (
              <option key={version.id} value={version.id}>
                {version.version}
                {version.id === chart.id ? ' (current)' : ''}
              </option>
            ))}
          </select>
          <FieldErrors errors={userErrors} field="chartId" />
        </>
      ) : null}
      <label htmlFor="values-patch">
        Values to change (a JSON merge patch; null removes a key)
      </label>
      <textarea
        id="values-patch"
        rows={5}
        value={patchText}
        onChange={(event) => setPatchText(event.target.value)}
      />
      {parseError ? (
        <ul className="field-errors">
          <li>{parseError}</li>
        </ul>
      ) : null}
      <FieldErrors errors={userErrors} field="valuesPatch" />
      <OtherErrors errors={userErrors} shown={FORM_FIELDS} />
      {requestError ? <RequestError error={requestError} /> : null}
      <div className="toolbar">
        <button type="button" disabled={previewing} onClick={() => void runPreview()}>
          Preview
        </button>
        <button type="button" disabled={!canUpgrade} onClick={() => void runUpgrade()}>
          Upgrade
        </button>
      </div>
      {current && current.userErrors.length === 0 ? <PreviewPanel preview={current} /> : null}
      {upgradedTo !== null ? (
        <Timeline release={release} since={upgradedTo} onSettled={onUpgraded} />
      ) : null}
    </section>
  );
}
