import { readSearchParams, type SearchState, writeSearchParams } from '@samordningskartan/sdk';

/** Everything a shareable link or the page URL (`sync-url`) holds: the search and an open insats. */
export interface InsatsSokState extends SearchState {
  detail?: string;
}

/** URL parameter of the open insats (the search's own come from the SDK's vocabulary). */
const DETAIL = 'insats';

/** Writes the state into `params` (removing our old parameters first; others are left alone). */
export function writeState(params: URLSearchParams, state: InsatsSokState): URLSearchParams {
  writeSearchParams(params, state);
  params.delete(DETAIL);
  if (state.detail) params.set(DETAIL, state.detail);
  return params;
}

/** Reads a state from URL parameters; undefined when none of ours are present. */
export function readState(params: URLSearchParams): InsatsSokState | undefined {
  const search = readSearchParams(params);
  const detail = params.get(DETAIL);
  if (!search && !detail) return undefined;
  const state: InsatsSokState = search ?? readSearchParams(new URLSearchParams('sok='))!;
  if (detail) state.detail = detail;
  return state;
}

/** The page URL with this state, for a shareable link. */
export function stateUrl(href: string, state: InsatsSokState): string {
  const url = new URL(href);
  writeState(url.searchParams, state);
  return url.href;
}
