import { WORKER_FEATURES } from './catalogue-features.js';
import { trustedScriptUrl } from './trusted-url.js';

/**
 * Where the catalogue's code with the search and the analysis comes from. This is the module build's version (npm, Vite, tests): the worker file
 * next to this module. The script-tag build replaces this module (scripts/build-cdn.mjs) with one
 * that checks the worker file's Subresource Integrity before running it.
 */
async function startWorker(): Promise<Worker> {
  const url = new URL('./catalogue-worker-all.js', import.meta.url);
  return new Worker(trustedScriptUrl(url.href), { type: 'module', name: 'samordningskartan' });
}

/** The same engine in the page (where no worker can start). */
function importEngine(): Promise<typeof import('./catalogue-worker-all.js')> {
  return import('./catalogue-worker-all.js');
}

export const code = { startWorker, importEngine, features: WORKER_FEATURES.all };
