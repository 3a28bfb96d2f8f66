/**
 * Resolvers of chart.graphql: `Chart` and the chart queries.
 */
import type { ChartResolvers, QueryResolvers, Resolvers } from '../generated/graphql.ts';
import { chartGlobalId } from '../ids.ts';
import { parseJsonText } from '../values/json-text.ts';
import { toDateTime } from './values.ts';

const Chart: ChartResolvers = {
  __resolveReference: (reference, { cce }) => cce.charts.fromReference(reference),
  id: (chart) => chartGlobalId(chart.family, chart.id),
  uid: (chart) => chart.id,
  clusterType: (chart) => chart.family,
  archiveName: (chart) => chart.chartUrl,
  defaultValues: (chart) => parseJsonText(chart.valuesJson),
  versions: (chart, _args, { cce }) => cce.charts.versions(chart),
  createdAt: (chart) => toDateTime(chart.createdAt),
  updatedAt: (chart) => toDateTime(chart.updatedAt),
};

const chartQueries: Pick<QueryResolvers, 'charts' | 'chart'> = {
  charts: (_parent, { clusterType }, { cce }) => cce.charts.list(clusterType),
  chart: (_parent, { id }, { cce }) => cce.charts.byArgument(id),
};

/** The resolvers of chart.graphql. */
export const chartResolvers: Resolvers = { Chart, Query: chartQueries };
