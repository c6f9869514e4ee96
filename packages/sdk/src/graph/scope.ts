import type { Dataset } from '../query/dataset.js';
import { restrictDataset } from '../query/scope.js';
import type { Organisation } from '../schema/organisation.js';
import type { Service } from '../schema/service.js';
import type { RelationKind } from '../schema/vocabulary.js';
import type { GraphFilters } from './types.js';

/** Relation kinds through which an organisation takes part in an insats. */
export const PARTICIPATION_KINDS: readonly RelationKind[] = ['delivers', 'funds', 'steeringGroupOf'];

/** The organisations and insatser a map shows. */
export interface GraphScope {
  organisations: Organisation[];
  services: Service[];
}

/**
 * The dataset the map answers from: restricted to `filters.scope`, then to the förbund, then to the
 * kommun (each narrows; see `restrictDataset`), so that records and relations outside the chosen
 * area never show. The whole dataset when no area is chosen.
 */
export function scopedForFilters(dataset: Dataset, filters: GraphFilters = {}): Dataset {
  let ds = dataset;
  if (filters.scope) ds = restrictDataset(ds, filters.scope);
  if (filters.association !== undefined) ds = restrictDataset(ds, { association: filters.association });
  if (filters.municipality !== undefined) ds = restrictDataset(ds, { municipality: filters.municipality });
  return ds;
}

/**
 * The organisations and insatser a set of filters keeps, in dataset order: those in the chosen area
 * (`scopedForFilters`), narrowed by target group and organisation kind.
 */
export function scopeOf(dataset: Dataset, filters: GraphFilters = {}): GraphScope {
  const ds = scopedForFilters(dataset, filters);
  let services: readonly Service[] = ds.services;
  let orgIds: Set<string> | undefined;
  if (filters.targetGroup !== undefined) {
    const forGroup = new Set(ds.servicesByTargetGroup(filters.targetGroup));
    services = ds.services.filter((s) => forGroup.has(s));
    orgIds = new Set(
      services.flatMap((s) =>
        ds.relationsOf(s.id, { kind: PARTICIPATION_KINDS, direction: 'in' }).map((r) => r.from),
      ),
    );
  }
  const kinds = filters.organisationKinds ? new Set(filters.organisationKinds) : undefined;
  const organisations = ds.organisations.filter(
    (o) => (!orgIds || orgIds.has(o.id)) && (!kinds || kinds.has(o.kind)),
  );
  return { organisations, services: [...services] };
}
