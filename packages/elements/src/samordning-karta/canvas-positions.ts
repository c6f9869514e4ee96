import { curatedLayout, type Graph, laneLayout, layoutGraph, type Point } from '@samordningskartan/sdk';
import { groupLayout } from './group-layout.js';
import { gapEdges } from './routes.js';

/** Where the canvas puts every node and how each edge runs, for one graph. */
export interface ScenePositions {
  graph: Graph;
  map: Map<string, Point>;
  routes: ReadonlyMap<string, readonly Point[]>;
}

/**
 * Positions and edge routes: a dataset's curated positions (`layouts`) win, drawn with plain edges;
 * a grouped national map gets the grid of förbund (`groupLayout`); else the SDK's lane layout.
 */
export function scenePositions(
  graph: Graph,
  layouts: Parameters<typeof curatedLayout>[0],
  label: (id: string) => string,
  aspect: number,
): ScenePositions {
  const curated = curatedLayout(layouts, graph.view);
  if (curated && !graph.groups) return { graph, map: layoutGraph(graph, { curated }), routes: new Map() };
  if (graph.groups) {
    const laid = groupLayout(graph, gapEdges(graph), { label: (n) => label(n.id), aspect });
    return { graph, map: laid.positions, routes: laid.routes };
  }
  const lanes = laneLayout({ ...graph, edges: [...graph.edges, ...gapEdges(graph)] });
  return { graph, map: lanes.positions, routes: lanes.routes };
}
