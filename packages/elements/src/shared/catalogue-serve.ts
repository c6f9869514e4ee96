import { type CatalogueExtensions, CatalogueEngine as Engine } from './catalogue-engine.js';
import type { CatalogueRequest, CatalogueResponse } from './catalogue-protocol.js';

declare const WorkerGlobalScope: { new (): unknown } | undefined;

/**
 * A catalogue worker's entry: the engine with `extensions` (what the worker's pages ask for). In a
 * worker it answers the page's messages; imported in the page (the fallback) nothing happens, and the
 * page builds the returned engine itself.
 */
export function serveCatalogue(
  extensions: CatalogueExtensions,
): new (
  post: (m: CatalogueResponse) => void,
) => Engine {
  const CatalogueEngine = class extends Engine {
    constructor(post: (m: CatalogueResponse) => void) {
      super(post, extensions);
    }
  };
  if (typeof WorkerGlobalScope === 'undefined' || !(globalThis instanceof WorkerGlobalScope))
    return CatalogueEngine;
  const scope = globalThis as unknown as {
    postMessage(m: CatalogueResponse | { ready: true }): void;
    onmessage: ((e: MessageEvent<CatalogueRequest>) => void) | null;
  };
  const engine = new CatalogueEngine((m) => scope.postMessage(m));
  scope.onmessage = (e) => engine.handle(e.data);
  scope.postMessage({ ready: true });
  return CatalogueEngine;
}
