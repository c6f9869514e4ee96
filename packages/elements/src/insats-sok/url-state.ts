import type { SortOrder } from '@samordningskartan/sdk';

/** Filters of `<insats-sok>`, settable from code with `setFilters()`. */
export interface InsatsSokFilters {
  targetGroups: string[];
  municipalities: string[];
  providers: string[];
  kinds: string[];
  statuses: string[];
  financing: string[];
  age?: number;
  organisation?: string;
}

/** Everything a shareable link or the page URL (`sync-url`) holds. */
export interface InsatsSokState {
  query: string;
  filters: InsatsSokFilters;
  sort: SortOrder;
  detail?: string;
}

export const emptyFilters = (): InsatsSokFilters => ({
  targetGroups: [],
  municipalities: [],
  providers: [],
  kinds: [],
  statuses: [],
  financing: [],
});

/** URL parameter names (Swedish, readable in a shared link). */
const LIST_PARAMS = {
  targetGroups: 'malgrupp',
  municipalities: 'kommun',
  providers: 'anordnare',
  kinds: 'typ',
  statuses: 'status',
  financing: 'finansiering',
} as const;
const P = {
  query: 'sok',
  age: 'alder',
  organisation: 'organisation',
  sort: 'sortering',
  detail: 'insats',
} as const;
/** All parameters the element owns; others in the page URL are left alone. */
export const STATE_PARAMS: readonly string[] = [...Object.values(LIST_PARAMS), ...Object.values(P)];

/** Writes the state into `params` (removing our old parameters first). */
export function writeState(params: URLSearchParams, state: InsatsSokState): URLSearchParams {
  for (const p of STATE_PARAMS) params.delete(p);
  if (state.query) params.set(P.query, state.query);
  for (const [key, name] of Object.entries(LIST_PARAMS) as Array<[keyof typeof LIST_PARAMS, string]>) {
    for (const v of state.filters[key]) params.append(name, v);
  }
  if (state.filters.age !== undefined) params.set(P.age, String(state.filters.age));
  if (state.filters.organisation) params.set(P.organisation, state.filters.organisation);
  if (state.sort !== 'relevance') params.set(P.sort, state.sort);
  if (state.detail) params.set(P.detail, state.detail);
  return params;
}

/** Reads a state from URL parameters; undefined when none of ours are present. */
export function readState(params: URLSearchParams): InsatsSokState | undefined {
  if (!STATE_PARAMS.some((p) => params.has(p))) return undefined;
  const filters = emptyFilters();
  for (const [key, name] of Object.entries(LIST_PARAMS) as Array<[keyof typeof LIST_PARAMS, string]>) {
    filters[key] = params.getAll(name).filter(Boolean);
  }
  const age = Number.parseInt(params.get(P.age) ?? '', 10);
  if (Number.isFinite(age) && age >= 0 && age <= 120) filters.age = age;
  const org = params.get(P.organisation);
  if (org) filters.organisation = org;
  const sort = params.get(P.sort);
  const state: InsatsSokState = {
    query: params.get(P.query) ?? '',
    filters,
    sort: sort === 'name' || sort === 'updated' ? sort : 'relevance',
  };
  const detail = params.get(P.detail);
  if (detail) state.detail = detail;
  return state;
}

/** The page URL with this state, for a shareable link. */
export function stateUrl(href: string, state: InsatsSokState): string {
  const url = new URL(href);
  writeState(url.searchParams, state);
  return url.href;
}
