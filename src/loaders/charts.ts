/**
 * Charts. Each API family has its own chart repository (ListCharts / ListAutopilotCharts); one list
 * per family per request answers every chart lookup, including "the chart this release runs".
 * A chart's default values come from ShowChartValues (CCE documents it as the parsed values.yaml;
 * the list's `values` text is not documented as complete), one call per distinct chart.
 */
import {
  CLUSTER_FAMILIES,
  type CallOptions,
  type CceClient,
  type ClusterFamily,
  type FamilyChart,
} from '../cce/model.ts';
import { callKey, createCallLoader } from './call-loader.ts';

export interface ChartLoaders {
  /** The charts of one family's repository, or of both (CCE first). */
  list(family?: ClusterFamily): Promise<FamilyChart[]>;
  /** The chart with this CCE id in one family's repository, or in either when `family` is omitted. */
  byId(chartId: string, family?: ClusterFamily): Promise<FamilyChart | null>;
  /** The chart a release (or revision) was installed from, matched by name and version. */
  forRelease(
    family: ClusterFamily,
    release: { chartName: string | null; chartVersion: string | null },
  ): Promise<FamilyChart | null>;
  /** The chart's default values (ShowChartValues), unmasked: callers mask what they show. */
  defaults(family: ClusterFamily, chartId: string): Promise<Record<string, unknown>>;
}

interface ValuesKey {
  family: ClusterFamily;
  chartId: string;
}

export function createChartLoaders(client: CceClient, options: CallOptions): ChartLoaders {
  const lists = createCallLoader(
    (family: ClusterFamily) => callKey(family, 'List', 'Charts'),
    async (family: ClusterFamily): Promise<FamilyChart[]> =>
      (await client.listCharts(family, options)).map((chart) => ({ ...chart, family })),
  );
  const defaults = createCallLoader(
    ({ family, chartId }: ValuesKey) =>
      callKey(family, 'Show', 'ChartValues', { chart_id: chartId }),
    ({ family, chartId }: ValuesKey) => client.showChartValues(family, chartId, options),
  );
  const list = async (family?: ClusterFamily) => {
    if (family) return lists.load(family);
    return (await Promise.all(CLUSTER_FAMILIES.map((each) => lists.load(each)))).flat();
  };

  return {
    list,
    async byId(chartId, family) {
      return (await list(family)).find((chart) => chart.id === chartId) ?? null;
    },
    async forRelease(family, { chartName, chartVersion }) {
      if (chartName === null) return null;
      const charts = await lists.load(family);
      return (
        charts.find((chart) => chart.name === chartName && chart.version === chartVersion) ?? null
      );
    },
    defaults: (family, chartId) => defaults.load({ family, chartId }),
  };
}
