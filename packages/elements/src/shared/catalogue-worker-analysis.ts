import { analysisOf } from '../samordning-analys/analysis-model.js';
import { CatalogueEngine as SearchEngine } from './catalogue-engine.js';
import type { CatalogueRequest, CatalogueResponse } from './catalogue-protocol.js';

/**
 * The catalogue worker of pages with `<samordning-analys>`: the catalogue's engine with the analysis
 * computed next to the data, so the page gets only what it renders. A separate file from
 * `catalogue-worker.ts` so a page with only the search never downloads the analysis.
 */
export class CatalogueEngine extends SearchEngine {
  constructor(post: (m: CatalogueResponse) => void) {
    super(post, { analysis: analysisOf });
  }
}

// As in catalogue-worker.ts: in a worker it answers the page; imported in the page it only exports.
declare const WorkerGlobalScope: { new (): unknown } | undefined;
if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  const scope = globalThis as unknown as {
    postMessage(m: CatalogueResponse | { ready: true }): void;
    onmessage: ((e: MessageEvent<CatalogueRequest>) => void) | null;
  };
  const engine = new CatalogueEngine((m) => scope.postMessage(m));
  scope.onmessage = (e) => engine.handle(e.data);
  scope.postMessage({ ready: true });
}
