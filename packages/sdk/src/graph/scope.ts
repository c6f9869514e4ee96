import type { Dataset } from '../query/dataset.js';
import type { Organisation } from '../schema/organisation.js';
import type { RelationKind } from '../schema/relation.js';
import type { Service } from '../schema/service.js';
import type { GraphFilters } from './types.js';

/** Relation kinds through which an organisation takes part in an insats. */
export const PARTICIPATION_KINDS: readonly RelationKind[] = ['delivers', 'funds', 'steeringGroupOf'];

export interface Scope {
  organisations: Organisation[];
  services: Service[];
}

/** The organisations and insatser a set of filters keeps, in dataset order. */
export function scopeOf(dataset: Dataset, filters: GraphFilters = {}): Scope {
  let services: Set<Service> | undefined;
  let orgIds: Set<string> | undefined;
  const narrowServices = (list: Iterable<Service>) => {
    const next = new Set(list);
    services = services ? new Set([...services].filter((s) => next.has(s))) : next;
  };
  const narrowOrgs = (ids: Iterable<string>) => {
    const next = new Set(ids);
    orgIds = orgIds ? new Set([...orgIds].filter((id) => next.has(id))) : next;
  };
  const participants = (list: Iterable<Service>): string[] => {
    const out: string[] = [];
    for (const s of list) {
      for (const r of dataset.relationsOf(s.id, { kind: PARTICIPATION_KINDS, direction: 'in' }))
        out.push(r.from);
    }
    return out;
  };

  if (filters.association !== undefined) {
    const a = filters.association;
    const own = dataset.servicesByAssociation(a);
    narrowServices(own);
    const members = dataset.membersOf(a);
    narrowOrgs([
      a,
      ...dataset.descendants(a).map((o) => o.id),
      ...members.flatMap((m) => [m.id, ...dataset.descendants(m.id).map((d) => d.id)]),
      ...participants(own),
    ]);
  }
  if (filters.municipality !== undefined) {
    const code = filters.municipality;
    const local = dataset.servicesByMunicipality(code);
    narrowServices(local);
    narrowOrgs([
      ...dataset.organisations.filter((o) => dataset.municipalitiesOf(o).includes(code)).map((o) => o.id),
      ...participants(local),
    ]);
  }
  if (filters.targetGroup !== undefined) {
    const forGroup = dataset.servicesByTargetGroup(filters.targetGroup);
    narrowServices(forGroup);
    narrowOrgs(participants(services ?? forGroup));
  }

  const kinds = filters.organisationKinds ? new Set(filters.organisationKinds) : undefined;
  const organisations = dataset.organisations.filter(
    (o) => (!orgIds || orgIds.has(o.id)) && (!kinds || kinds.has(o.kind)),
  );
  const kept = services;
  return {
    organisations,
    services: kept ? dataset.services.filter((s) => kept.has(s)) : [...dataset.services],
  };
}
