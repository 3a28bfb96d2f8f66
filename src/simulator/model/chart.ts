/** Helm charts uploaded to CCE: the simulator's record and its wire form (`ChartResp`). */
import { isoSeconds } from '../time.ts';
import type { ClusterFamily } from './cluster.ts';

export interface ChartSpec {
  readonly id: string;
  readonly projectId: string;
  readonly family: ClusterFamily;
  readonly name: string;
  /** Each chart id is one name at one version, as in CCE. */
  readonly version: string;
  readonly description: string;
  /** The chart's default `values.yaml`, parsed. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly public: boolean;
  readonly createdAt: Date;
}

export interface ChartRecord extends ChartSpec {
  /** `ChartResp` JSON, rendered once. */
  readonly json: string;
  /** The ShowChartValues body `{"values": {...}}`, rendered once. */
  readonly valuesJson: string;
}

export function createChartRecord(spec: ChartSpec): ChartRecord {
  const timestamp = isoSeconds(spec.createdAt);
  const wire = {
    id: spec.id,
    name: spec.name,
    values: JSON.stringify(spec.values),
    translate: '',
    instruction: `${spec.name} ${spec.version}`,
    version: spec.version,
    description: spec.description,
    source: 'package',
    icon_url: '',
    public: spec.public,
    chart_url: `${spec.name}-${spec.version}.tgz`,
    create_at: timestamp,
    update_at: timestamp,
  };
  return {
    ...spec,
    json: JSON.stringify(wire),
    valuesJson: JSON.stringify({ values: spec.values }),
  };
}
