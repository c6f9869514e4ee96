import { trustedScriptUrl } from '../shared/trusted-url.js';

class TrustedWorker extends globalThis.Worker {
  constructor(url: URL, options?: WorkerOptions) {
    super(trustedScriptUrl(url.href), options);
  }
}

/**
 * Where the reader's code comes from. This is the module build's version (npm, Vite, tests): the
 * worker file next to this module. The script-tag build replaces this module (scripts/build-cdn.mjs)
 * with one that checks the worker file's Subresource Integrity before running it.
 */
export async function startWorker(): Promise<Worker> {
  // Named `Worker` so bundlers (Vite) see `new Worker(new URL(…))` and emit the worker file.
  const Worker = TrustedWorker;
  return new Worker(new URL('./read-worker.js', import.meta.url), { type: 'module' });
}
