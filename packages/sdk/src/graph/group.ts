import type { Dataset } from '../query/dataset.js';
import { scopeRecords } from '../query/scope.js';
import { weakMemo } from '../query/weak-memo.js';
import type { Lang } from '../text/localized.js';
import { buildGraph } from './build.js';
import { PARTICIPATION_KINDS, scopedForFilters } from './scope.js';
import { recordOrder } from './tree.js';
import type { Graph, GraphEdge, GraphFilters, GraphNode, GraphView, TreeNode } from './types.js';

/** What a collapsed förbund stands for, counted within its scope (`scopeRecords`). */
export interface GroupCounts {
  /** Its members (organisations with a `memberOf` relation to it) in its scope. */
  members: number;
  /** Organisation units (organisations with a parent) in its scope. */
  units: number;
  /** Insatser in its scope. */
  services: number;
}

/** One förbund of a national map: collapsed to one node, or expanded to its scope. */
export interface GraphGroup {
  /** The förbund's id (also the id of its node). */
  id: string;
  label: string;
  counts: GroupCounts;
  expanded: boolean;
}

export interface GroupGraphOptions {
  view?: GraphView;
  filters?: GraphFilters;
  lang?: Lang;
  /** Förbund shown with their whole scope; the others are one node each. */
  expanded?: readonly string[];
}

/** A förbund of the map's area with its counts and a test for its scope. */
export interface AssociationGroup {
  id: string;
  label: string;
  counts: GroupCounts;
  has: (id: string) => boolean;
}

/** Answers kept per dataset: opening and collapsing förbund asks again for the same area. */
const known = weakMemo<Dataset, AssociationGroup[]>();

/**
 * The förbund of the map's area, in map order, each with its counts and a test for its scope. Worked
 * out once per dataset, filters and language (a dataset never changes).
 */
export function associationGroups(
  whole: Dataset,
  filters: GraphFilters = {},
  lang: Lang = 'sv',
): AssociationGroup[] {
  return known.get(whole, JSON.stringify([filters, lang]), () => countGroups(whole, filters, lang));
}

function countGroups(whole: Dataset, filters: GraphFilters, lang: Lang): AssociationGroup[] {
  const ds = scopedForFilters(whole, filters);
  const kinds = filters.organisationKinds ? new Set(filters.organisationKinds) : undefined;
  const forGroup =
    filters.targetGroup !== undefined ? new Set(ds.servicesByTargetGroup(filters.targetGroup)) : undefined;
  const order = recordOrder(ds, lang);
  return ds
    .associations()
    .map((a) => a.id)
    .sort(order)
    .map((id) => {
      const rec = scopeRecords(ds, { association: id });
      const services = forGroup ? rec.services.filter((s) => forGroup.has(s)) : rec.services;
      // As `scopeOf`: a target group keeps the organisations taking part in its insatser.
      const takingPart = forGroup
        ? new Set(
            services.flatMap((s) =>
              ds.relationsOf(s.id, { kind: PARTICIPATION_KINDS, direction: 'in' }).map((r) => r.from),
            ),
          )
        : undefined;
      const kept = (o: { id: string; kind: string }) =>
        (!takingPart || takingPart.has(o.id)) && (!kinds || kinds.has(o.kind as never));
      const orgs = rec.organisations.filter(kept);
      const memberIds = new Set(ds.membersOf(id).map((m) => m.id));
      return {
        id,
        label: ds.label(id, lang),
        counts: {
          members: orgs.filter((o) => memberIds.has(o.id)).length,
          units: orgs.filter((o) => o.parent !== undefined).length,
          services: services.length,
        },
        has: rec.has,
      };
    });
}

/**
 * The map of an area with several förbund, grouped: each förbund not in `expanded` is one node
 * (`counts` set) and the expanded ones show their scopes (as `buildGraph` draws them, together).
 * Links between förbund stay as one aggregated edge per pair of förbund where at least one is
 * collapsed: the relations between a record only in one förbund's scope and a record only in the
 * other's (records in several scopes, such as national members, say nothing about which förbund
 * works with which). `groups` lists every förbund; `tree` has one root per förbund, an expanded one
 * with its hierarchy, then the other roots of the expanded scopes.
 */
export function groupGraph(whole: Dataset, options: GroupGraphOptions = {}): Graph {
  const view = options.view ?? 'organisation';
  const lang = options.lang ?? 'sv';
  const filters = options.filters ?? {};
  const groups = associationGroups(whole, filters, lang);
  const ids = new Set(groups.map((g) => g.id));
  const expanded = new Set((options.expanded ?? []).filter((id) => ids.has(id)));
  const area = scopedForFilters(whole, filters);
  const { scope: _s, association: _a, municipality: _m, ...narrowing } = filters;
  const inner: Graph = expanded.size
    ? buildGraph(area, { view, lang, filters: { ...narrowing, scope: { associations: [...expanded] } } })
    : { view, nodes: [], edges: [], tree: [] };

  const nodes: GraphNode[] = [];
  const innerIds = new Set(inner.nodes.map((n) => n.id));
  const counted = new Map(groups.map((g) => [g.id, g]));
  for (const n of inner.nodes) {
    const g = counted.get(n.id);
    // A collapsed förbund inside an expanded scope is still its group: its node carries the counts.
    nodes.push(g && !expanded.has(n.id) ? { ...n, counts: g.counts } : n);
  }
  for (const g of groups) {
    if (innerIds.has(g.id)) continue;
    nodes.push({
      id: g.id,
      record: 'organisation',
      type: 'coordinationAssociation',
      label: g.label,
      ...(!expanded.has(g.id) && { counts: g.counts }),
    });
  }

  // Which förbund a record belongs to, when it belongs to exactly one.
  const homeOf = new Map<string, string | null>();
  const home = (id: string): string | undefined => {
    let h = homeOf.get(id);
    if (h === undefined) {
      if (ids.has(id)) h = id;
      else {
        const holders = groups.filter((g) => g.has(id));
        h = holders.length === 1 ? holders[0]!.id : null;
      }
      homeOf.set(id, h);
    }
    return h ?? undefined;
  };
  const pairs = new Map<string, { a: string; b: string; count: number; kinds: Map<string, number> }>();
  for (const r of area.allRelationsList()) {
    if (r.from === r.to) continue;
    if (filters.relationKinds && !filters.relationKinds.includes(r.kind)) continue;
    const ha = home(r.from);
    const hb = home(r.to);
    if (ha === undefined || hb === undefined || ha === hb) continue;
    if (expanded.has(ha) && expanded.has(hb)) continue; // drawn in full
    const [a, b] = ha < hb ? [ha, hb] : [hb, ha];
    const key = `${a}\u0000${b}`;
    const p = pairs.get(key) ?? { a, b, count: 0, kinds: new Map() };
    p.count++;
    p.kinds.set(r.kind, (p.kinds.get(r.kind) ?? 0) + 1);
    pairs.set(key, p);
  }
  const edges: GraphEdge[] = [...inner.edges];
  for (const p of [...pairs.values()].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1))) {
    const kinds = [...p.kinds].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    edges.push({
      id: `group:${p.a}:${p.b}`,
      source: p.a,
      target: p.b,
      kind: kinds[0]![0] as GraphEdge['kind'],
      derived: true,
      weight: p.count,
      aggregated: true,
    });
  }

  const innerRoots = new Map(inner.tree.map((t) => [t.id, t]));
  const tree: TreeNode[] = groups.map((g) =>
    expanded.has(g.id) ? (innerRoots.get(g.id) ?? { id: g.id, children: [] }) : { id: g.id, children: [] },
  );
  for (const t of inner.tree) {
    if (!ids.has(t.id)) tree.push(t);
    // A collapsed förbund's records in an expanded scope are listed on their own.
    else if (!expanded.has(t.id)) tree.push(...t.children);
  }
  return {
    view,
    nodes,
    edges,
    tree,
    groups: groups.map((g) => ({ id: g.id, label: g.label, counts: g.counts, expanded: expanded.has(g.id) })),
  };
}
