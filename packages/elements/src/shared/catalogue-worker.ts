import { CatalogueEngine } from './catalogue-engine.js';
import type { CatalogueRequest, CatalogueResponse } from './catalogue-protocol.js';

export { CatalogueEngine } from './catalogue-engine.js';

/**
 * The catalogue worker's entry. In a worker it answers the page's messages; imported in the page
 * (the fallback) it only exports the engine, and the page calls it directly.
 */
declare const WorkerGlobalScope: { new (): unknown } | undefined;
const inWorker = typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope;
if (inWorker) {
  const scope = globalThis as unknown as {
    postMessage(m: CatalogueResponse | { ready: true }): void;
    onmessage: ((e: MessageEvent<CatalogueRequest>) => void) | null;
  };
  const engine = new CatalogueEngine((m) => scope.postMessage(m));
  scope.onmessage = (e) => engine.handle(e.data);
  scope.postMessage({ ready: true });
}
