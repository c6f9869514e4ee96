import type { Dataset, GraphRelation } from '../query/dataset.js';
import { RELATION_KINDS, type RelationKind } from '../schema/vocabulary.js';
import type { Lang } from '../text/localized.js';
import { PARTICIPATION_KINDS, scopedForFilters, scopeOf } from './scope.js';
import { buildTree } from './tree.js';
import type { Graph, GraphEdge, GraphFilters, GraphNode, GraphView } from './types.js';

export interface BuildGraphOptions {
  view?: GraphView;
  filters?: GraphFilters;
  lang?: Lang;
}

/**
 * Turns a dataset into the nodes and edges of one map view.
 *
 * - "organisation": organisations (units as compound children of their organisation) and insatser,
 *   with every relation between them, stated and derived.
 * - "samverkan": organisations only, one edge per pair that is related or shares insatser, weighted
 *   by how many relations and insatser they share.
 *
 * The result is safe to hand to a graph library: ids are unique and every edge's ends are nodes.
 */
export function buildGraph(whole: Dataset, options: BuildGraphOptions = {}): Graph {
  const view = options.view ?? 'organisation';
  const lang = options.lang ?? 'sv';
  const filters = options.filters ?? {};
  // Edges come from the scoped dataset too, so a relation that applies elsewhere is never drawn.
  const dataset = scopedForFilters(whole, filters);
  const { scope: _area, association: _a, municipality: _m, ...narrowing } = filters;
  const scope = scopeOf(dataset, narrowing);
  const tree = buildTree(dataset, scope, lang);
  const relationKinds = new Set<RelationKind>(filters.relationKinds ?? RELATION_KINDS);

  const nodes: GraphNode[] = [];
  const ids = new Set<string>();
  const orgIds = new Set(scope.organisations.map((o) => o.id));
  for (const o of scope.organisations) {
    if (ids.has(o.id)) continue;
    ids.add(o.id);
    const node: GraphNode = {
      id: o.id,
      record: 'organisation',
      type: o.kind,
      label: dataset.label(o.id, lang),
    };
    if (view === 'organisation' && o.parent !== undefined && o.parent !== o.id && orgIds.has(o.parent))
      node.parent = o.parent;
    nodes.push(node);
  }
  if (view === 'organisation') {
    for (const s of scope.services) {
      if (ids.has(s.id)) continue;
      ids.add(s.id);
      nodes.push({ id: s.id, record: 'service', type: 'service', label: dataset.label(s.id, lang) });
    }
  }
  breakParentCycles(nodes);

  const edges =
    view === 'organisation'
      ? relationEdges(dataset.allRelationsList(), ids, relationKinds)
      : samverkanEdges(dataset, scope.services, orgIds, relationKinds);
  const graph: Graph = { view, nodes, edges, tree };
  if (view === 'samverkan' && filters.association !== undefined && orgIds.has(filters.association))
    graph.gaps = collaborationGaps(dataset, filters.association, orgIds, edges);
  return graph;
}

/** Pairs of a förbund's members (in the map) with no edge between them: where collaboration is missing. */
function collaborationGaps(
  dataset: Dataset,
  association: string,
  orgIds: Set<string>,
  edges: readonly GraphEdge[],
): Array<[string, string]> {
  const members = [
    ...new Set(
      dataset
        .relationsOf(association, { kind: 'memberOf', direction: 'in' })
        .map((r) => r.from)
        .filter((id) => id !== association && orgIds.has(id)),
    ),
  ].sort();
  // A unit's collaboration counts for its organisation.
  const top = (id: string): string => {
    const seen = new Set<string>();
    let cur = id;
    for (let p = dataset.organisation(cur)?.parent; p !== undefined && orgIds.has(p) && !seen.has(p); ) {
      seen.add(cur);
      cur = p;
      p = dataset.organisation(cur)?.parent;
    }
    return cur;
  };
  const linked = new Set(edges.map((e) => `${top(e.source)}\u0000${top(e.target)}`));
  const gaps: Array<[string, string]> = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i]!, members[j]!];
      if (!linked.has(`${a}\u0000${b}`) && !linked.has(`${b}\u0000${a}`)) gaps.push([a, b]);
    }
  }
  return gaps;
}

function relationEdges(
  relations: readonly GraphRelation[],
  ids: Set<string>,
  kinds: Set<RelationKind>,
): GraphEdge[] {
  const out: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const r of relations) {
    if (!kinds.has(r.kind) || !ids.has(r.from) || !ids.has(r.to) || r.from === r.to) continue;
    // Edge ids live in their own namespace so they can never clash with a record id.
    const id = `edge:${r.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, source: r.from, target: r.to, kind: r.kind, derived: r.derived === true, weight: 1 });
  }
  return out;
}

function samverkanEdges(
  dataset: Dataset,
  services: readonly { id: string }[],
  orgIds: Set<string>,
  kinds: Set<RelationKind>,
): GraphEdge[] {
  const pairs = new Map<
    string,
    { a: string; b: string; kinds: Set<RelationKind>; shared: number; explicit: boolean }
  >();
  const pair = (x: string, y: string) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    let p = pairs.get(key);
    if (!p) {
      p = { a, b, kinds: new Set(), shared: 0, explicit: false };
      pairs.set(key, p);
    }
    return p;
  };
  for (const r of dataset.allRelationsList()) {
    if (!kinds.has(r.kind) || !orgIds.has(r.from) || !orgIds.has(r.to) || r.from === r.to) continue;
    const p = pair(r.from, r.to);
    p.kinds.add(r.kind);
    if (!r.derived) p.explicit = true;
  }
  if (PARTICIPATION_KINDS.some((k) => kinds.has(k))) {
    for (const s of services) {
      const parts = [
        ...new Set(
          dataset
            .relationsOf(s.id, { kind: PARTICIPATION_KINDS.filter((k) => kinds.has(k)), direction: 'in' })
            .map((r) => r.from)
            .filter((id) => orgIds.has(id)),
        ),
      ].sort();
      for (let i = 0; i < parts.length; i++) {
        for (let j = i + 1; j < parts.length; j++) pair(parts[i]!, parts[j]!).shared++;
      }
    }
  }
  const out: GraphEdge[] = [];
  for (const p of [...pairs.values()].sort((x, y) =>
    x.a + '\u0000' + x.b < y.a + '\u0000' + y.b ? -1 : 1,
  )) {
    const direct = RELATION_KINDS.filter((k) => p.kinds.has(k));
    out.push({
      id: `samverkan:${p.a}:${p.b}`,
      source: p.a,
      target: p.b,
      kind: direct[0] ?? 'sharedService',
      derived: !p.explicit,
      weight: direct.length + p.shared,
      kinds: direct,
      shared: p.shared,
    });
  }
  return out;
}

/** A compound parent chain that loops would make a graph library throw: cut it. */
function breakParentCycles(nodes: GraphNode[]): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) {
    const seen = new Set([n.id]);
    let cur = n.parent === undefined ? undefined : byId.get(n.parent);
    while (cur) {
      if (seen.has(cur.id)) {
        delete n.parent;
        break;
      }
      seen.add(cur.id);
      cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
    }
  }
}

/**
 * Checks what a graph library requires (unique ids, edges between existing nodes, parents that
 * exist) and returns a copy without the offending elements, with the number dropped.
 */
export function sanitizeGraph(graph: Graph): { graph: Graph; dropped: number } {
  const ids = new Set<string>();
  let dropped = 0;
  const nodes: GraphNode[] = [];
  for (const n of graph.nodes) {
    if (typeof n.id !== 'string' || n.id === '' || ids.has(n.id)) {
      dropped++;
      continue;
    }
    ids.add(n.id);
    nodes.push(n);
  }
  const fixed = nodes.map((n) => {
    if (n.parent === undefined || ids.has(n.parent)) return n;
    dropped++;
    const { parent: _drop, ...rest } = n;
    return rest;
  });
  breakParentCycles(fixed);
  const edges: GraphEdge[] = [];
  for (const e of graph.edges) {
    if (ids.has(e.id) || !ids.has(e.source) || !ids.has(e.target)) {
      dropped++;
      continue;
    }
    ids.add(e.id);
    edges.push(e);
  }
  return { graph: { ...graph, nodes: fixed, edges }, dropped };
}
