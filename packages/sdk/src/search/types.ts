import type { FacetFilters, FacetName } from './facets.js';

/**
 * Weight of a word by the field it occurs in: name above target group above summary above
 * description. `other` holds providers, kommuner, methods and kinds; `synonyms` the words added
 * from synonym lists.
 */
export const FIELD_WEIGHTS = {
  name: 20,
  targetGroups: 12,
  summary: 8,
  description: 4,
  other: 3,
  synonyms: 5,
} as const;
export type SearchField = keyof typeof FIELD_WEIGHTS;
export const SEARCH_FIELDS = Object.keys(FIELD_WEIGHTS) as SearchField[];

/** One searchable record (an insats) as the index sees it: plain texts and facet values. */
export interface SearchDocument {
  id: string;
  name: string;
  targetGroups?: string;
  summary?: string;
  description?: string;
  other?: string;
  synonyms?: string;
  facets?: FacetFilters;
  /** Ages the insats is for; missing means any age. */
  ageRange?: { min?: number; max?: number };
  /** ISO date of the last update, for sorting. */
  updated?: string;
}

export type SortOrder = 'relevance' | 'name' | 'updated';

export interface SearchQuery {
  /** What the person typed. "55 år" in the text sets `age`. */
  text?: string;
  filters?: FacetFilters;
  /** Only insatser whose age range contains this age (or that have none). */
  age?: number;
  /** Restricts the search to these ids (e.g. one organisation's insatser). */
  only?: ReadonlySet<string>;
  sort?: SortOrder;
  /** Hits to return (default 20) after skipping `offset`. */
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchResult {
  /** Number of insatser matching text and all filters. */
  total: number;
  hits: SearchHit[];
  /** Per facet, value → count of matches when that facet's own selection is ignored. Zero counts left out. */
  facets: Record<FacetName, Record<string, number>>;
  /** Folded words of the index the query matched, for `highlight()`. */
  terms: ReadonlySet<string>;
  /** The age used: from the query, or read from the text ("55 år"). */
  age?: number;
}
