import type { Dataset, GraphRelation } from '../query/dataset.js';
import { restrictDataset, type Scope } from '../query/scope.js';
import { effectiveStatus, isoDay, periodHasEnded, type TodayOption } from '../query/status.js';
import { finish, type Steps } from '../query/steps.js';
import type { Service } from '../schema/service.js';
import { ORGANISATION_KINDS, type RelationKind, type ServiceStatus } from '../schema/vocabulary.js';

export type CollaborationAxis = 'organisation' | 'kind';

export interface CollaborationPair {
  /** Organisation ids (or organisation kinds), `a` before `b` in the axis order. */
  a: string;
  b: string;
  /** Explicit relations between the two (their units included), both directions. */
  relations: GraphRelation[];
  /** Number of those relations per kind. */
  byKind: Partial<Record<RelationKind, number>>;
  /** Insatser both sit in the steering group of (`steeringGroupOf`). */
  sharedSteeringGroups: Service[];
  /** Insatser both provide, fund or steer (includes the shared steering groups). */
  sharedServices: Service[];
  /** `relations.length + sharedServices.length`; 0 means no collaboration at all. */
  strength: number;
}

export interface CollaborationMatrix {
  axis: CollaborationAxis;
  /** Organisation ids or organisation kinds, in display order. */
  items: string[];
  /** Every unordered pair (for kinds also a kind with itself: two different organisations of it). */
  pairs: CollaborationPair[];
  /** Pairs with strength 0. */
  withoutCollaboration: CollaborationPair[];
}

export interface CollaborationOptions extends TodayOption {
  axis?: CollaborationAxis;
  /**
   * The members of this förbund are the organisations compared, and (unless `scope` says otherwise)
   * only the insatser, steering groups and relations in the förbund's scope count.
   */
  association?: string;
  /** The organisations compared (default: the förbund's members, else every top-level organisation). */
  organisations?: readonly string[];
  /**
   * Where collaboration counts (default: `{ association }` when a förbund is given, else the whole
   * dataset). Only insatser and relations in the scope count; see `scopeRecords`.
   */
  scope?: Scope;
  /**
   * Insatser with these effective statuses (on `today`, see `serviceStatus`) count as shared (default:
   * all but ended). Relations whose period has ended before `today` do not count.
   */
  statuses?: readonly ServiceStatus[];
}

/** The dataset an analysis works on: restricted to the scope asked for, or the förbund's. */
export function scopedDataset(ds: Dataset, options: { scope?: Scope; association?: string }): Dataset {
  const scope = options.scope ?? (options.association ? { association: options.association } : undefined);
  return scope ? restrictDataset(ds, scope) : ds;
}

const DEFAULT_STATUSES: readonly ServiceStatus[] = ['planned', 'active', 'paused'];

/** The key of an unordered pair. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Collaboration between organisations (or kinds of organisation): for each pair, the explicit
 * relations between them by kind and the insatser they share, steering groups separately. An
 * organisation speaks for its units (a förvaltning's relations count for the kommun).
 */
export function collaboration(whole: Dataset, options: CollaborationOptions = {}): CollaborationMatrix {
  return finish(collaborationSteps(whole, options));
}

/** `collaboration` in steps (see `inSlices`): for the page where no worker may start. */
export function* collaborationSteps(
  whole: Dataset,
  options: CollaborationOptions = {},
): Steps<CollaborationMatrix> {
  const axis = options.axis ?? 'organisation';
  const ds = scopedDataset(whole, options);
  const orgIds = [
    ...(options.organisations ??
      (options.association
        ? ds.membersOf(options.association).map((o) => o.id)
        : ds.roots().map((o) => o.id))),
  ].filter((id) => ds.organisation(id));

  // Each unit belongs to the compared organisation it is (or sits below).
  const rootOf = new Map<string, string>();
  for (const id of orgIds) {
    rootOf.set(id, id);
    for (const d of ds.descendants(id)) if (!rootOf.has(d.id)) rootOf.set(d.id, id);
  }
  const { counts, relationCounts } = countingRules(options);
  const services = new Map<string, Set<Service>>();
  const steering = new Map<string, Set<Service>>();
  let n = 0;
  for (const id of orgIds) {
    const set = new Set<Service>();
    for (const s of ds.servicesByOrganisation(id)) {
      if (counts(s)) set.add(s);
      if ((++n & 1023) === 0) yield;
    }
    services.set(id, set);
    steering.set(id, steeredBy(ds, id, counts));
    yield;
  }
  // The explicit relations between two compared organisations, with the pair's two organisations.
  const relationsBetween = new Map<string, { ends: [string, string]; list: GraphRelation[] }>();
  for (const r of ds.allRelationsList({ derived: false })) {
    if (!relationCounts(r)) continue;
    const from = rootOf.get(r.from);
    const to = rootOf.get(r.to);
    if (from === undefined || to === undefined || from === to) continue;
    const key = pairKey(from, to);
    const pair = relationsBetween.get(key) ?? { ends: [from, to], list: [] };
    pair.list.push(r);
    relationsBetween.set(key, pair);
  }
  yield;

  // The insatser in both sets, in the dataset's order: walks the smaller set, not every insats per
  // pair (every förbund compared by kind meets hundreds of thousands of pairs).
  const position = new Map(ds.services.map((s, i) => [s, i]));
  const inDatasetOrder = (list: Service[]) => list.sort((p, q) => position.get(p)! - position.get(q)!);
  const inBoth = (x: Set<Service> | undefined, y: Set<Service> | undefined): Service[] => {
    if (!x || !y) return [];
    const [small, large] = x.size <= y.size ? [x, y] : [y, x];
    const out: Service[] = [];
    for (const s of small) if (large.has(s) && position.has(s)) out.push(s);
    return inDatasetOrder(out);
  };

  if (axis === 'organisation') {
    const pairs: CollaborationPair[] = [];
    for (const [i, a] of orgIds.entries()) {
      for (const b of orgIds.slice(i + 1)) {
        const relations = relationsBetween.get(pairKey(a, b))?.list ?? [];
        pairs.push(
          makePair(
            a,
            b,
            relations,
            inBoth(steering.get(a), steering.get(b)),
            inBoth(services.get(a), services.get(b)),
          ),
        );
      }
      yield;
    }
    return { axis, items: orgIds, pairs, withoutCollaboration: pairs.filter((p) => p.strength === 0) };
  }

  // By kind: what two different organisations of the kinds share, summed over the pairs. Gathered per
  // insats and per relation (an insats has a few organisations; every pair of a national dataset's
  // hundreds of organisations would be tens of thousands of intersections).
  const kindOf = (id: string) => ds.organisation(id)!.kind;
  const kinds = ORGANISATION_KINDS.filter((k) => orgIds.some((id) => kindOf(id) === k));
  const acc = new Map<string, { relations: GraphRelation[]; steering: Set<Service>; shared: Set<Service> }>();
  kinds.forEach((ka, i) => {
    for (const kb of kinds.slice(i))
      acc.set(pairKey(ka, kb), { relations: [], steering: new Set(), shared: new Set() });
  });
  const index = new Map(orgIds.map((id, i) => [id, i]));
  // Relations in the order of their pairs (the organisations' order), then the dataset's.
  const related = [...relationsBetween.values()].map(({ ends, list }) => {
    const [a, b] = ends.map((id) => index.get(id)!).sort((x, y) => x - y) as [number, number];
    return { a, b, list };
  });
  related.sort((x, y) => x.a - y.a || x.b - y.b);
  for (const { a, b, list } of related)
    acc.get(pairKey(kindOf(orgIds[a]!), kindOf(orgIds[b]!)))!.relations.push(...list);
  yield;
  for (const [sets, field] of [
    [services, 'shared'],
    [steering, 'steering'],
  ] as const) {
    const holders = new Map<Service, string[]>();
    for (const id of orgIds)
      for (const s of sets.get(id)!) {
        const list = holders.get(s);
        if (list) list.push(id);
        else holders.set(s, [id]);
      }
    yield;
    for (const [s, ids] of holders) {
      if ((++n & 1023) === 0) yield;
      if (!position.has(s)) continue;
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++)
          acc.get(pairKey(kindOf(ids[i]!), kindOf(ids[j]!)))![field].add(s);
    }
  }
  const pairs: CollaborationPair[] = [];
  kinds.forEach((ka, i) => {
    for (const kb of kinds.slice(i)) {
      const v = acc.get(pairKey(ka, kb))!;
      pairs.push(
        makePair(ka, kb, v.relations, inDatasetOrder([...v.steering]), inDatasetOrder([...v.shared])),
      );
    }
  });
  return { axis, items: kinds, pairs, withoutCollaboration: pairs.filter((p) => p.strength === 0) };
}

/** Which insatser and relations count, on the options' day. */
export function countingRules(options: TodayOption & { statuses?: readonly ServiceStatus[] }) {
  const statuses = options.statuses ?? DEFAULT_STATUSES;
  const day = isoDay(options.today);
  return {
    counts: (s: Service) => statuses.includes(effectiveStatus(s, { today: day })),
    relationCounts: (r: GraphRelation) => !periodHasEnded(r.period, day),
  };
}

/** Insatser an organisation (or a unit of it) sits in the steering group of. */
function steeredBy(ds: Dataset, id: string, counts: (s: Service) => boolean): Set<Service> {
  const steered = new Set<Service>();
  for (const unit of [id, ...ds.descendants(id).map((d) => d.id)]) {
    for (const r of ds.relationsOf(unit, { kind: 'steeringGroupOf', direction: 'out' })) {
      const s = ds.service(r.to);
      if (s && counts(s)) steered.add(s);
    }
  }
  return steered;
}

function makePair(
  a: string,
  b: string,
  relations: GraphRelation[],
  sharedSteeringGroups: Service[],
  sharedServices: Service[],
): CollaborationPair {
  const byKind: Partial<Record<RelationKind, number>> = {};
  for (const r of relations) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
  return {
    a,
    b,
    relations,
    byKind,
    sharedSteeringGroups,
    sharedServices,
    strength: relations.length + sharedServices.length,
  };
}

/** The pair of two items of a matrix, in either order. */
export function collaborationPair(
  matrix: CollaborationMatrix,
  a: string,
  b: string,
): CollaborationPair | undefined {
  return matrix.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
}

/** Member pairs of a förbund without any collaboration (no relation, no shared insats). */
export function membersWithoutCollaboration(
  ds: Dataset,
  associationId: string,
  options: Omit<CollaborationOptions, 'association' | 'axis'> = {},
): Array<[string, string]> {
  return collaboration(ds, { ...options, association: associationId }).withoutCollaboration.map((p) => [
    p.a,
    p.b,
  ]);
}
