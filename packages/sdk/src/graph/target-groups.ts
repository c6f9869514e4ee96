import type { Dataset } from '../query/dataset.js';
import type { Lang } from '../text/localized.js';
import type { Graph, GraphEdge, GraphNode, TreeNode } from './types.js';

/** Node ids of target groups live in their own namespace, so they never clash with a record id. */
export const TARGET_GROUP_PREFIX = 'targetGroup:';

/** The term id of a target-group node id, or undefined for any other node. */
export function targetGroupTerm(nodeId: string): string | undefined {
  return nodeId.startsWith(TARGET_GROUP_PREFIX) ? nodeId.slice(TARGET_GROUP_PREFIX.length) : undefined;
}

/**
 * The "för vem" layer: one node per target group that an insats in the graph names, and an edge
 * `servesTargetGroup` from each such insats to it. Only what the data says: an insats without target
 * groups gets no edge. The target groups are added to the hierarchy as roots after the rest, so the
 * list view shows what the map shows. Returns a new graph; views without insatser are unchanged.
 */
export function withTargetGroups(graph: Graph, dataset: Dataset, lang: Lang = 'sv'): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const n of graph.nodes) {
    if (n.record !== 'service') continue;
    const service = dataset.service(n.id);
    for (const term of new Set(service?.targetGroups ?? [])) {
      const id = `${TARGET_GROUP_PREFIX}${term}`;
      if (!seen.has(id)) {
        seen.add(id);
        nodes.push({ id, record: 'targetGroup', type: 'targetGroup', label: dataset.label(term, lang) });
      }
      edges.push({
        id: `edge:${id}:${n.id}`,
        source: n.id,
        target: id,
        kind: 'servesTargetGroup',
        derived: false,
        weight: 1,
      });
    }
  }
  if (!nodes.length) return graph;
  nodes.sort((a, b) => a.label.localeCompare(b.label, 'sv') || (a.id < b.id ? -1 : 1));
  const tree: TreeNode[] = [...graph.tree, ...nodes.map((n) => ({ id: n.id, children: [] }))];
  return { ...graph, nodes: [...graph.nodes, ...nodes], edges: [...graph.edges, ...edges], tree };
}
