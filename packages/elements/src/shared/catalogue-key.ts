import type { Dataset } from '@samordningskartan/sdk';
import type { CatalogueSource } from './catalogue-protocol.js';

/**
 * Parses a `src` attribute: one URL, or several separated by whitespace or commas (merged by the SDK).
 */
export function parseSrc(src: string | null | undefined): string[] {
  return (src ?? '').split(/[\s,]+/).filter(Boolean);
}

const objectKeys = new WeakMap<object, string>();
let nextKey = 0;

/** `data` (never fetched: a string is JSON text) when set, else the URLs of `src`, absolute. */
export function toSources(src: string, data: unknown): CatalogueSource[] {
  if (isDataset(data)) return [{ dataset: data }];
  if (typeof data === 'string') return [{ text: data }];
  if (data) return [{ data: data as object }];
  return parseSrc(src).map((u) => ({ url: new URL(u, document.baseURI).href }));
}

/**
 * The prebuilt search index's URL (absolute) on the one data file it was built for. Several files are
 * merged, so no one file's index stands for them: then none is used (and never fetched).
 */
export function withIndex(sources: CatalogueSource[], index: string | undefined): CatalogueSource[] {
  const [only] = sources;
  if (!index || sources.length !== 1 || !only || !('url' in only)) return sources;
  return [{ url: only.url, index: new URL(index, document.baseURI).href }];
}

/** One catalogue per set of URLs; per object for data set from code. */
export function keyOf(src: string, data: unknown): string {
  if (!data)
    return `src:${parseSrc(src)
      .map((u) => new URL(u, document.baseURI).href)
      .join(' ')}`;
  if (typeof data === 'string') return `text:${nextKey++}`;
  let k = objectKeys.get(data as object);
  if (!k) {
    k = `data:${nextKey++}`;
    objectKeys.set(data as object, k);
  }
  return k;
}

/**
 * An SDK `Dataset` (set from code), told by its shape: importing the class for `instanceof` would put
 * it and its vocabulary into the page's bundle, which otherwise needs neither.
 */
export function isDataset(data: unknown): data is Dataset {
  const d = data as Partial<Dataset> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.service === 'function' &&
    typeof d.relationsOf === 'function'
  );
}
