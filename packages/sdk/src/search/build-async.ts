import type { Dataset } from '../query/dataset.js';
import { inSlices, yieldToPage } from '../query/steps.js';
import { type BuildOptions, SearchIndexBuilder } from './builder.js';
import { searchOptionsFor, serviceDocument } from './documents.js';
import { SearchIndex } from './search-index.js';
import type { SearchDocument } from './types.js';

export interface AsyncBuildOptions extends BuildOptions {
  /** Milliseconds of work between yields to the page (default 8, so a frame is never missed). */
  sliceMs?: number;
  signal?: AbortSignal;
  /** Called after each slice with the number of records indexed. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Builds an index in slices of a few milliseconds, yielding to the page in between, so typing and
 * scrolling stay smooth while 50 000 insatser are indexed on the main thread.
 */
export async function buildSearchIndexAsync<T>(
  items: ArrayLike<T>,
  toDocument: (item: T) => SearchDocument,
  options: AsyncBuildOptions = {},
): Promise<SearchIndex> {
  const slice = options.sliceMs ?? 8;
  const builder = new SearchIndexBuilder(options);
  let start = performance.now();
  for (let i = 0; i < items.length; i++) {
    builder.add(toDocument(items[i]!));
    if ((i & 31) === 31 && performance.now() - start > slice) {
      options.onProgress?.(i + 1, items.length);
      await yieldToPage();
      options.signal?.throwIfAborted();
      start = performance.now();
    }
  }
  const index = new SearchIndex(
    await inSlices(builder.finishSteps(), {
      sliceMs: slice,
      ...(options.signal && { signal: options.signal }),
    }),
  );
  // A few queries while the page is idle, so the first keystroke runs optimised code, not cold code.
  for (const text of index.warmUpQueries()) {
    await yieldToPage();
    options.signal?.throwIfAborted();
    index.search({ text, filters: { kind: ['individual'] } });
  }
  options.onProgress?.(items.length, items.length);
  return index;
}

/** The search index of a dataset's insatser, built synchronously (fine for a few thousand). */
export function createServiceIndex(dataset: Dataset): SearchIndex {
  return SearchIndex.build(
    dataset.services.map((s) => serviceDocument(dataset, s)),
    searchOptionsFor(dataset),
  );
}

/** The search index of a dataset's insatser, built in slices without blocking the page. */
export function createServiceIndexAsync(
  dataset: Dataset,
  options: Omit<AsyncBuildOptions, 'synonyms'> = {},
): Promise<SearchIndex> {
  return buildSearchIndexAsync(dataset.services, (s) => serviceDocument(dataset, s), {
    ...options,
    ...searchOptionsFor(dataset),
  });
}
