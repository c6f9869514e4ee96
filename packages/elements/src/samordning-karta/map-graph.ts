import {
  buildGraph,
  type Dataset,
  type Graph,
  type GraphFilters,
  type GraphView,
  groupGraph,
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
  /** A grouped map (national scale): the förbund shown with their whole scope; flat when undefined. */
  expanded?: string[] | undefined;
}

/**
 * The graph the element draws and lists: the SDK's view of the data, with the layers that are on,
 * made safe for the graph library. One place, so the map and the list view always show the same.
 */
export function mapGraph(dataset: Dataset, options: MapGraphOptions): Graph {
  const { view, filters, lang } = options;
  let graph = options.expanded
    ? groupGraph(dataset, { view, filters, lang, expanded: options.expanded })
    : buildGraph(dataset, { view, filters, lang });
  if (options.targetGroups && view === 'organisation') graph = withTargetGroups(graph, dataset, lang);
  return sanitizeGraph(graph).graph;
}
