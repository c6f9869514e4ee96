import { type Dataset, type LoadResult, loadDataset } from '@samordningskartan/sdk';

// Superseded by data-controller.ts (DataController, LoadState, parseSrc); kept only until
// <samordning-karta> and <samordning-analys> move onto it, then deleted.

/**
 * Parses a `src` attribute: one URL, or several separated by whitespace or commas (merged by the SDK).
 */
export function parseSrc(src: string | null | undefined): string[] {
  return (src ?? '').split(/[\s,]+/).filter(Boolean);
}

/** @deprecated Use `LoadState` from `data-controller.ts`. */
export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; loaded?: number; total?: number }
  | { status: 'error'; result?: LoadResult; error?: unknown }
  | { status: 'ready'; dataset: Dataset; result?: LoadResult };

/**
 * Loads the URLs of a `src` attribute with the SDK. Resolves a ready state when anything usable was
 * read (partly invalid data still shows), else an error state; rejects only when aborted.
 */
export async function loadSrc(
  urls: string[],
  signal: AbortSignal,
  onProgress?: (loaded: number, total: number | undefined) => void,
): Promise<LoadState> {
  const result = await loadDataset(urls, { signal, ...(onProgress && { onProgress }) });
  const empty = result.dataset.organisations.length === 0 && result.dataset.services.length === 0;
  if (result.fatal && empty) {
    for (const p of result.problems)
      console.error(`[samordningskartan] ${p.source ?? ''} ${p.path} ${p.message.en}`);
    return { status: 'error', result };
  }
  return { status: 'ready', dataset: result.dataset, result };
}
