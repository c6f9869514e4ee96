import type { CatalogueRequest, CatalogueResponse } from './catalogue-protocol.js';

declare const WorkerGlobalScope: { new (): unknown } | undefined;

/**
 * A catalogue worker's entry: in a worker, the engine `make` builds answers the page's messages;
 * imported in the page (the fallback) nothing happens, and the page calls the exported engine itself.
 */
export function serveInWorker(
  make: (post: (m: CatalogueResponse) => void) => { handle(req: CatalogueRequest): void },
): void {
  if (typeof WorkerGlobalScope === 'undefined' || !(globalThis instanceof WorkerGlobalScope)) return;
  const scope = globalThis as unknown as {
    postMessage(m: CatalogueResponse | { ready: true }): void;
    onmessage: ((e: MessageEvent<CatalogueRequest>) => void) | null;
  };
  const engine = make((m) => scope.postMessage(m));
  scope.onmessage = (e) => engine.handle(e.data);
  scope.postMessage({ ready: true });
}
