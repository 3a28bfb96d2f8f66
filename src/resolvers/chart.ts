/**
 * Resolvers of chart.graphql: `Chart` and the chart queries.
 */
import type { ChartResolvers, QueryResolvers } from '../generated/graphql.ts';
import { chartGlobalId } from '../ids.ts';
import { parseJsonText } from '../values/json-text.ts';
import { toDateTime } from './values.ts';

export const Chart: ChartResolvers = {
  __resolveReference: (reference, { cce }) => cce.charts.fromReference(reference),
  id: (chart) => chartGlobalId(chart.family, chart.id),
  uid: (chart) => chart.id,
  clusterType: (chart) => chart.family,
  archiveName: (chart) => chart.chartUrl,
  defaultValues: (chart) => parseJsonText(chart.valuesJson),
  createdAt: (chart) => toDateTime(chart.createdAt),
  updatedAt: (chart) => toDateTime(chart.updatedAt),
};

export const chartQueries: Pick<QueryResolvers, 'charts' | 'chart'> = {
  charts: (_parent, { clusterType }, { cce }) => cce.charts.list(clusterType),
  chart: (_parent, { id }, { cce }) => cce.charts.byArgument(id),
};
