import {
  type Dataset,
  DETAIL_PARAM,
  type GraphFilters,
  type OrganisationKind,
  type RelationKind,
  SEARCH_PARAMS,
} from '@samordningskartan/sdk';
import type { KartaFilters } from './types.js';

/** `current` with `patch` applied: keys set to `undefined`, '' or [] are cleared, absent keys kept. */
export function mergeFilters(current: GraphFilters, patch: KartaFilters): GraphFilters {
  const next: GraphFilters = { ...current };
  for (const key of ['organisationKinds', 'relationKinds', 'municipality', 'targetGroup'] as const) {
    if (!(key in patch)) continue;
    const value = patch[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
    else (next as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
  }
  return next;
}

/** The filter a select in the toolbar sets: one value, or none for "Alla". */
export function filterFromControl(key: keyof KartaFilters, value: string): KartaFilters {
  if (key === 'organisationKinds')
    return { organisationKinds: value ? [value as OrganisationKind] : undefined };
  if (key === 'relationKinds') return { relationKinds: value ? [value as RelationKind] : undefined };
  return { [key]: value || undefined };
}

/**
 * The record a shared link names: the insats of `?insats=` when it is in the data, else the
 * organisation of `?organisation=`.
 */
export function linkedRecord(dataset: Dataset, search: string): string | undefined {
  const params = new URLSearchParams(search);
  const insats = params.get(DETAIL_PARAM);
  if (insats && dataset.service(insats)) return insats;
  const organisation = params.get(SEARCH_PARAMS.organisation);
  return organisation && dataset.organisation(organisation) ? organisation : undefined;
}
