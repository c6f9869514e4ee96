import {
  LazyDataset,
  type LoadResult,
  loadDataset,
  openPrebuilt,
  type Problem,
  readBytes,
} from '@samordningskartan/sdk';
import type { CatalogueProgress } from './catalogue-protocol.js';

/**
 * Reads a data file with its prebuilt search index (`samordningskartan index`, `<insats-sok
 * index="…">`): both are fetched at once; when the index belongs to the file, the catalogue answers
 * from it and parses only the insatser it shows (`LazyDataset`). When it does not (another version of
 * the file, of the SDK, a period passed since), or cannot be fetched, the file is read the ordinary
 * way and the notice says why the index was not used.
 */
export async function loadPrebuilt(
  source: { url: string; index: string },
  signal: AbortSignal,
  progress: CatalogueProgress,
): Promise<LoadResult> {
  const index = fetch(source.index, { signal }).then(
    async (r) => (r.ok ? r.arrayBuffer() : notUsed(`${r.status} ${r.statusText}`.trim())),
    (e: unknown) => notUsed(String(e)),
  );
  const file = await fetchBytes(source.url, signal, progress);
  // A file that cannot be fetched is reported as the ordinary loader reports it (with its retries).
  if (!file) return loadDataset([source.url], { signal, onProgress: (d, t) => progress('loading', d, t) });
  const indexBytes = await index;
  signal.throwIfAborted();
  let notice: Problem;
  if (indexBytes instanceof ArrayBuffer) {
    const opened = openPrebuilt(indexBytes, file.bytes, { source: source.url });
    if (opened.ok) {
      const errors = opened.problems.filter((p) => p.severity === 'error').length;
      return {
        dataset: opened.dataset,
        problems: opened.problems,
        errors,
        warnings: opened.problems.length - errors,
        fatal: false,
      };
    }
    notice = opened.problem;
  } else notice = { ...indexBytes, source: source.url };
  console.warn(`[samordningskartan] ${notice.message.en}`);
  const result = await loadDataset(
    [new Response(file.bytes, { headers: { 'content-type': file.type ?? 'application/json' } })],
    { signal, labels: [source.url] },
  );
  return { ...result, problems: [notice, ...result.problems], warnings: result.warnings + 1 };
}

/** True when the catalogue answers from a prebuilt index (and has not read every insats). */
export function isPrebuilt(result: LoadResult): boolean {
  return result.dataset instanceof LazyDataset;
}

/** The number of insatser, without reading them all from a prebuilt index. */
export function serviceCount(result: LoadResult): number {
  const d = result.dataset;
  return d instanceof LazyDataset ? d.size : d.services.length;
}

/** The whole dataset: a prebuilt index's catalogue reads every insats first (the map, the analysis). */
export function completeResult(result: LoadResult): LoadResult {
  const d = result.dataset;
  return d instanceof LazyDataset ? { ...result, dataset: d.complete() } : result;
}

/** The search index that came with the data, if it did. */
export function prebuiltIndexOf(result: LoadResult): LazyDataset['index'] | undefined {
  return result.dataset instanceof LazyDataset ? result.dataset.index : undefined;
}

function notUsed(why: string): Problem {
  return {
    severity: 'warning',
    path: '',
    code: 'stale-index',
    message: {
      sv: `sökindexet används inte: det kunde inte hämtas (${why})`,
      en: `the search index is not used: it could not be fetched (${why})`,
    },
  };
}

async function fetchBytes(
  url: string,
  signal: AbortSignal,
  progress: CatalogueProgress,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; type: string | null } | undefined> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch {
    signal.throwIfAborted();
    return undefined;
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => {});
    return undefined;
  }
  const bytes = await readBytes(response, (loaded, total) => progress('loading', loaded, total));
  return { bytes, type: response.headers.get('content-type') };
}
