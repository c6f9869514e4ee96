import type { Dataset, GraphRelation } from '../query/dataset.js';
import type { Scope } from '../query/scope.js';
import type { TodayOption } from '../query/status.js';
import type { Service } from '../schema/service.js';
import type { RelationKind, ServiceStatus } from '../schema/vocabulary.js';
import { compareSv, type Lang } from '../text/localized.js';
import { countingRules, scopedDataset } from './collaboration.js';

/** Kinds through which an organisation takes part in an insats. */
const PARTICIPATION: readonly RelationKind[] = ['delivers', 'funds', 'steeringGroupOf'];

/** One reason two organisations count as collaborating. */
export type CollaborationReason =
  | {
      /** Both take part in the insats (deliver, fund or steer it); `steering` when both steer it. */
      type: 'sharedService';
      service: Service;
      /** How the organisation asked about takes part (its units included). */
      roles: RelationKind[];
      /** How the other organisation takes part. */
      otherRoles: RelationKind[];
      /** True when both sit in the insats's steering group. */
      steeringGroup: boolean;
    }
  | {
      /** An explicit relation between the two (agreement, collaboration, referral, membership …). */
      type: 'relation';
      kind: RelationKind;
      relation: GraphRelation;
      /** True when the organisation asked about is the relation's `from`. */
      outgoing: boolean;
    };

/** An organisation that collaborates with the one asked about, and why. */
export interface Collaborator {
  /** The top-level organisation (a unit's relations count for its organisation). */
  organisation: string;
  /** The organisation's own ids (itself or its units) that take part, in dataset order. */
  via: string[];
  reasons: CollaborationReason[];
  /** Number of shared insatser (steering groups included) plus explicit relations. */
  strength: number;
}

export interface CollaboratorsOptions extends TodayOption {
  /** Where collaboration counts (default: the whole dataset). */
  scope?: Scope;
  /** Insatser with these effective statuses count (default: all but ended). */
  statuses?: readonly ServiceStatus[];
  /** Relation kinds that count (default: every kind). */
  relationKinds?: readonly RelationKind[];
  /** Language for the order by name (default "sv"). */
  lang?: Lang;
}

/** The top-level organisation an organisation or unit belongs to. */
function topOf(ds: Dataset, id: string): string {
  const up = ds.ancestors(id);
  return up.length ? up[up.length - 1]!.id : id;
}

/**
 * Which organisations collaborate with `organisationId` within a scope, and why: each insats both take
 * part in (delivering, funding or steering; shared steering groups marked), and each explicit
 * relation between them (agreement, collaboration, referral, membership …). Units speak for their
 * organisation, on both sides. Ordered by strength, then by name. Uses the same rules as
 * `collaboration`, so a pair's reasons add up to its matrix cell's strength.
 */
export function collaboratorsOf(
  whole: Dataset,
  organisationId: string,
  options: CollaboratorsOptions = {},
): Collaborator[] {
  const ds = scopedDataset(whole, options);
  if (!ds.organisation(organisationId)) return [];
  const { counts, relationCounts } = countingRules(options);
  const kinds = options.relationKinds ? new Set(options.relationKinds) : undefined;
  const self = topOf(ds, organisationId);
  const own = new Set([self, ...ds.descendants(self).map((d) => d.id)]);
  const found = new Map<string, { via: Set<string>; reasons: CollaborationReason[] }>();
  const entry = (id: string) => {
    const top = topOf(ds, id);
    let e = found.get(top);
    if (!e) {
      e = { via: new Set(), reasons: [] };
      found.set(top, e);
    }
    e.via.add(id);
    return e;
  };

  // Shared insatser.
  for (const s of ds.services) {
    if (!counts(s)) continue;
    const incoming = ds.relationsOf(s.id, { kind: PARTICIPATION, direction: 'in' });
    const roles = [...new Set(incoming.filter((r) => own.has(r.from)).map((r) => r.kind))];
    if (!roles.length) continue;
    const others = new Map<string, { ids: Set<string>; roles: Set<RelationKind> }>();
    for (const r of incoming) {
      if (own.has(r.from) || !ds.organisation(r.from)) continue;
      const top = topOf(ds, r.from);
      const o = others.get(top) ?? { ids: new Set(), roles: new Set() };
      o.ids.add(r.from);
      o.roles.add(r.kind);
      others.set(top, o);
    }
    for (const o of others.values()) {
      let e: ReturnType<typeof entry> | undefined;
      for (const id of o.ids) e = entry(id);
      const otherRoles = PARTICIPATION.filter((k) => o.roles.has(k));
      e!.reasons.push({
        type: 'sharedService',
        service: s,
        roles: PARTICIPATION.filter((k) => roles.includes(k)),
        otherRoles,
        steeringGroup: roles.includes('steeringGroupOf') && o.roles.has('steeringGroupOf'),
      });
    }
  }

  // Explicit relations between the two organisations (or their units).
  for (const id of own) {
    for (const r of ds.relationsOf(id, { derived: false })) {
      const other = r.from === id ? r.to : r.from;
      if (own.has(other) || !ds.organisation(other) || !relationCounts(r)) continue;
      if (kinds && !kinds.has(r.kind)) continue;
      const e = entry(other);
      if (e.reasons.some((x) => x.type === 'relation' && x.relation === r)) continue;
      e.reasons.push({ type: 'relation', kind: r.kind, relation: r, outgoing: r.from === id });
    }
  }

  const lang = options.lang ?? 'sv';
  const order = new Map(ds.organisations.map((o, i) => [o.id, i]));
  return [...found]
    .map(([organisation, e]) => ({
      organisation,
      via: [...e.via].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      reasons: e.reasons,
      strength: e.reasons.length,
    }))
    .sort(
      (a, b) =>
        b.strength - a.strength ||
        compareSv(ds.label(a.organisation, lang), ds.label(b.organisation, lang)) ||
        (a.organisation < b.organisation ? -1 : 1),
    );
}
