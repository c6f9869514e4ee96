import type { SearchIndex } from '@samordningskartan/sdk';
import type { CataloguePage, CatalogueQuery } from './catalogue-protocol.js';

/** Catalogues from this many insatser on are warmed up. */
export const WARM_FROM = 5000;

/**
 * Runs searches like the first keystrokes' — with and without a filter, with the records of the hits
 * and the copy a message makes — each in its own task, so the first search a person types runs
 * optimised code instead of cold code.
 */
export async function warmUp(
  index: SearchIndex,
  search: (query: CatalogueQuery) => CataloguePage,
  signal: AbortSignal,
): Promise<void> {
  // Below this a search takes well under a millisecond, cold or not.
  if (index.size < WARM_FROM) return;
  const queries: CatalogueQuery[] = index
    .warmUpQueries()
    .map((text) => ({ text, filters: {}, sort: 'relevance', limit: 20 }));
  // A facet value that exists, so the filtered path really filters (the SDK's build warmed the rest).
  const kind = Object.keys(index.search({ limit: 0 }).facets.kind)[0];
  if (kind) queries.push(...queries.slice(0, 2).map((q) => ({ ...q, filters: { kind: [kind] } })));
  for (const q of queries) {
    // A timer, not `scheduler.yield()`: its continuation would go before a search the page asked for.
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal.throwIfAborted();
    structuredClone(search(q));
  }
}

/**
 * Warms again after each major garbage collection, until `signal` aborts. Such a collection drops
 * optimised code that referred to objects it freed: in Chromium at 50 000 insatser the one that
 * follows loading made the first keystroke's search run 21 deoptimisations and take 13 ms of the
 * worker's time instead of 5, warm-up or not. A collection is noticed by a finalizer (V8 clears
 * them in major collections only); the warm-up then runs while the worker is idle, one search per task.
 */
export function keepWarm(warm: () => Promise<void>, signal: AbortSignal): void {
  if (typeof FinalizationRegistry === 'undefined' || signal.aborted) return;
  const registry = new FinalizationRegistry<undefined>(() => {
    if (signal.aborted) return;
    void warm().then(watch, () => undefined);
  });
  const watch = () => {
    if (!signal.aborted) registry.register({}, undefined);
  };
  // A registry nothing refers to may be collected before it calls back: held until the catalogue closes.
  watching.add(registry);
  signal.addEventListener('abort', () => watching.delete(registry), { once: true });
  watch();
}

const watching = new Set<FinalizationRegistry<undefined>>();
