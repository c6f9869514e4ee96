import type { Dataset } from '../query/dataset.js';
import type { Organisation } from '../schema/organisation.js';
import type { Service } from '../schema/service.js';
import { ORGANISATION_KINDS } from '../schema/vocabulary.js';
import { compareSv, type Lang } from '../text/localized.js';
import { type GraphScope, PARTICIPATION_KINDS } from './scope.js';
import type { TreeNode } from './types.js';

/**
 * Orders records the way the map and the list show them: förbund first, then the member kinds, then
 * the rest; organisations before insatser; by name, then id (so the order never depends on input order).
 */
export function recordOrder(dataset: Dataset, lang: Lang = 'sv'): (a: string, b: string) => number {
  const rank = (id: string) => {
    const o = dataset.organisation(id);
    return o ? ORGANISATION_KINDS.indexOf(o.kind) : ORGANISATION_KINDS.length;
  };
  return (a, b) =>
    rank(a) - rank(b) ||
    compareSv(dataset.label(a, lang), dataset.label(b, lang)) ||
    (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The hierarchy each kept record sits in exactly once: a unit under its organisation, a member under
 * the (first) förbund it belongs to, an insats under the förbund funding it, else under its first
 * provider, else under an organisation in its steering group; a part of a larger insats under that insats.
 */
export function buildTree(dataset: Dataset, scope: GraphScope, lang: Lang = 'sv'): TreeNode[] {
  const orgIds = new Set(scope.organisations.map((o) => o.id));
  const serviceIds = new Set(scope.services.map((s) => s.id));
  const order = recordOrder(dataset, lang);
  const parentOf = new Map<string, string>();

  const firstIn = (ids: string[]) => ids.filter((id) => orgIds.has(id)).sort(order)[0];
  for (const o of scope.organisations) {
    const p = orgParent(dataset, o, orgIds, firstIn);
    if (p !== undefined) parentOf.set(o.id, p);
  }
  for (const s of scope.services) {
    const p = serviceParent(dataset, s, serviceIds, firstIn);
    if (p !== undefined) parentOf.set(s.id, p);
  }
  // Cut cycles (a unit naming its own descendant as parent): the first record met on a cycle becomes a root.
  for (const id of [...parentOf.keys()]) {
    const seen = new Set<string>([id]);
    let cur = parentOf.get(id);
    while (cur !== undefined) {
      if (seen.has(cur)) {
        parentOf.delete(id);
        break;
      }
      seen.add(cur);
      cur = parentOf.get(cur);
    }
  }

  const nodes = new Map<string, TreeNode>();
  const all = [...scope.organisations.map((o) => o.id), ...scope.services.map((s) => s.id)].sort(order);
  for (const id of all) nodes.set(id, { id, children: [] });
  const roots: TreeNode[] = [];
  for (const id of all) {
    const node = nodes.get(id)!;
    const p = parentOf.get(id);
    (p === undefined ? roots : nodes.get(p)!.children).push(node);
  }
  return roots;
}

function orgParent(
  dataset: Dataset,
  o: Organisation,
  orgIds: Set<string>,
  firstIn: (ids: string[]) => string | undefined,
): string | undefined {
  if (o.parent !== undefined && orgIds.has(o.parent)) return o.parent;
  if (o.kind === 'coordinationAssociation') return undefined;
  const forbund = dataset
    .relationsOf(o.id, { kind: 'memberOf', direction: 'out' })
    .map((r) => r.to)
    .filter((id) => dataset.organisation(id)?.kind === 'coordinationAssociation');
  return firstIn(forbund);
}

function serviceParent(
  dataset: Dataset,
  s: Service,
  serviceIds: Set<string>,
  firstIn: (ids: string[]) => string | undefined,
): string | undefined {
  const incoming = dataset.relationsOf(s.id, { kind: PARTICIPATION_KINDS, direction: 'in' });
  const from = (kind: string, pred: (id: string) => boolean = () => true) =>
    firstIn(incoming.filter((r) => r.kind === kind && pred(r.from)).map((r) => r.from));
  const isForbund = (id: string) => dataset.organisation(id)?.kind === 'coordinationAssociation';
  if (s.partOf !== undefined && serviceIds.has(s.partOf) && s.partOf !== s.id) return s.partOf;
  return from('funds', isForbund) ?? from('delivers') ?? from('steeringGroupOf') ?? from('funds');
}

/** Every id in a forest, depth first. */
export function treeIds(tree: readonly TreeNode[]): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly TreeNode[]) => {
    for (const n of nodes) {
      out.push(n.id);
      walk(n.children);
    }
  };
  walk(tree);
  return out;
}
