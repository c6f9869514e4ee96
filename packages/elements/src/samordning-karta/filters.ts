import type { GraphFilters, OrganisationKind, RelationKind } from '@samordningskartan/sdk';
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
