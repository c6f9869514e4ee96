import type { SortOrder } from './types.js';

/**
 * The one filter vocabulary of the product: the facets of the insatser search. The search index,
 * `<insats-sok>`'s filters and URL state, its chips, and the links other elements make to it all use
 * these names; nothing else lists them.
 */
export const FACET_NAMES = [
  'targetGroup',
  'municipality',
  'provider',
  'kind',
  'status',
  'financing',
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/**
 * Where a facet's values come from, so a UI can name them: a taxonomy term id, an SCB kommunkod, an
 * organisation id, or a fixed code of the format (`kind`: ServiceKind, `status`: ServiceStatus,
 * `financing`: FinancingKind).
 */
export type FacetValueKind = 'term' | 'municipality' | 'organisation' | 'code';

export interface FacetDefinition {
  name: FacetName;
  values: FacetValueKind;
  /** Parameter name in a shareable URL (Swedish, readable in a shared link). */
  param: string;
}

/** Every facet, in display order. */
export const FACETS: readonly FacetDefinition[] = [
  { name: 'targetGroup', values: 'term', param: 'malgrupp' },
  { name: 'municipality', values: 'municipality', param: 'kommun' },
  { name: 'provider', values: 'organisation', param: 'anordnare' },
  { name: 'kind', values: 'code', param: 'typ' },
  { name: 'status', values: 'code', param: 'status' },
  { name: 'financing', values: 'code', param: 'finansiering' },
];

/** Selected values per facet; within a facet any value matches (OR), across facets all must (AND). */
export type FacetFilters = Partial<Record<FacetName, readonly string[]>>;

/**
 * Everything that narrows the insatser search: the facets, an age, and an organisation (its
 * insatser: provided, funded or steered). What `<insats-sok>`'s `setFilters()` takes and its
 * `insats-sok-change` event reports.
 */
export type SearchFilters = { [F in FacetName]: string[] } & {
  /** Only insatser whose age range contains this age (or that have none). */
  age?: number;
  /** Only the insatser this organisation (id) provides, funds or steers. */
  organisation?: string;
};

/** No filter selected. */
export function emptySearchFilters(): SearchFilters {
  return Object.fromEntries(FACET_NAMES.map((f) => [f, []])) as unknown as SearchFilters;
}

/** URL parameter names of the non-facet parts of a search. */
export const SEARCH_PARAMS = {
  query: 'sok',
  age: 'alder',
  organisation: 'organisation',
  sort: 'sortering',
} as const;

/** Every URL parameter a search state owns; other parameters of a page URL are left alone. */
export const SEARCH_PARAM_NAMES: readonly string[] = [
  ...FACETS.map((f) => f.param),
  ...Object.values(SEARCH_PARAMS),
];

export interface SearchState {
  query: string;
  filters: SearchFilters;
  sort: SortOrder;
}

/** Writes a search state into `params`, removing the search's old parameters first. */
export function writeSearchParams(params: URLSearchParams, state: SearchState): URLSearchParams {
  for (const p of SEARCH_PARAM_NAMES) params.delete(p);
  if (state.query) params.set(SEARCH_PARAMS.query, state.query);
  for (const f of FACETS) for (const v of state.filters[f.name]) params.append(f.param, v);
  if (state.filters.age !== undefined) params.set(SEARCH_PARAMS.age, String(state.filters.age));
  if (state.filters.organisation) params.set(SEARCH_PARAMS.organisation, state.filters.organisation);
  if (state.sort !== 'relevance') params.set(SEARCH_PARAMS.sort, state.sort);
  return params;
}

/** Reads a search state from URL parameters; undefined when none of the search's are present. */
export function readSearchParams(params: URLSearchParams): SearchState | undefined {
  if (!SEARCH_PARAM_NAMES.some((p) => params.has(p))) return undefined;
  const filters = emptySearchFilters();
  for (const f of FACETS) filters[f.name] = params.getAll(f.param).filter(Boolean);
  const age = Number.parseInt(params.get(SEARCH_PARAMS.age) ?? '', 10);
  if (Number.isFinite(age) && age >= 0 && age <= 120) filters.age = age;
  const org = params.get(SEARCH_PARAMS.organisation);
  if (org) filters.organisation = org;
  const sort = params.get(SEARCH_PARAMS.sort);
  return {
    query: params.get(SEARCH_PARAMS.query) ?? '',
    filters,
    sort: sort === 'name' || sort === 'updated' ? sort : 'relevance',
  };
}

/** The facet part of search filters, as the search index takes it. */
export function facetFilters(filters: Partial<SearchFilters>): FacetFilters {
  const out: FacetFilters = {};
  for (const f of FACET_NAMES) if (filters[f]?.length) out[f] = filters[f];
  return out;
}
