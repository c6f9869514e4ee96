import { trustedScriptUrl } from './trusted-url.js';

/**
 * Where the catalogue's code with the analysis comes from (`catalogue-source.ts` is the one without).
 * The script-tag build replaces this module (scripts/build-cdn.mjs) with one that checks the worker
 * file's Subresource Integrity before running it.
 */
export async function startWorker(): Promise<Worker> {
  const url = new URL('./catalogue-worker-analysis.js', import.meta.url);
  return new Worker(trustedScriptUrl(url.href), { type: 'module', name: 'samordningskartan' });
}

/** The same engine in the page (where no worker can start). */
export function importEngine(): Promise<typeof import('./catalogue-worker-analysis.js')> {
  return import('./catalogue-worker-analysis.js');
}
