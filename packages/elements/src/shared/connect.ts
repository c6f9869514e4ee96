import type { SearchFilters } from '@samordningskartan/sdk';

/**
 * The element a `for` attribute names: by id in the same document or shadow root as `from`, else in
 * the page's document. Undefined when there is none (elements work alone too).
 */
export function connectedElement<T extends Element = Element>(
  from: Element,
  id: string | undefined,
): T | undefined {
  if (!id) return undefined;
  const root = from.getRootNode() as Document | ShadowRoot;
  return ((root.getElementById?.(id) ?? document.getElementById(id)) as T | null) ?? undefined;
}

/**
 * What `<insats-sok>` offers other elements: filtering by the shared vocabulary and opening an
 * insats. Typed here so the map and the analysis need not import the search element.
 */
export interface ServiceSearchTarget extends Element {
  setFilters(filters: Partial<SearchFilters>): void;
  openService(id: string): void;
}

/** The connected `<insats-sok>` of a `for` attribute, when it is one (has the search API). */
export function connectedSearch(from: Element, id: string | undefined): ServiceSearchTarget | undefined {
  const el = connectedElement<Element & Partial<ServiceSearchTarget>>(from, id);
  return el && typeof el.setFilters === 'function' && typeof el.openService === 'function'
    ? (el as ServiceSearchTarget)
    : undefined;
}
