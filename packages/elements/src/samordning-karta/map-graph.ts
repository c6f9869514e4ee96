import {
  buildGraph,
  type Dataset,
  type Graph,
  type GraphFilters,
  type GraphView,
  type Lang,
  sanitizeGraph,
  withTargetGroups,
} from '@samordningskartan/sdk';

export interface MapGraphOptions {
  view: GraphView;
  filters: GraphFilters;
  lang: Lang;
  /** The "för vem" layer: target groups and the insatser that name them (organisation view only). */
  targetGroups: boolean;
}

/**
 * The graph the element draws and lists: the SDK's view of the data, with the layers that are on,
 * made safe for the graph library. One place, so the map and the list view always show the same.
 */
export function mapGraph(dataset: Dataset, options: MapGraphOptions): Graph {
  const { view, filters, lang } = options;
  let graph = buildGraph(dataset, { view, filters, lang });
  if (options.targetGroups && view === 'organisation') graph = withTargetGroups(graph, dataset, lang);
  return sanitizeGraph(graph).graph;
}
