import type { Graph } from './types.js';

/**
 * Ids of the nodes within `depth` steps of `id`, following edges either way and the hierarchy
 * (a unit and its organisation are one step apart). Includes `id`; empty when it is not in the graph.
 */
export function neighbourhood(graph: Graph, id: string, depth = 1): Set<string> {
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacency.get(a) ?? [];
    list.push(b);
    adjacency.set(a, list);
  };
  for (const e of graph.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  for (const n of graph.nodes) {
    if (n.parent !== undefined) {
      link(n.id, n.parent);
      link(n.parent, n.id);
    }
  }
  const out = new Set<string>();
  if (!graph.nodes.some((n) => n.id === id)) return out;
  out.add(id);
  let frontier = [id];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const cur of frontier) {
      for (const other of adjacency.get(cur) ?? []) {
        if (!out.has(other)) {
          out.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return out;
}
