import { analysisOf } from '../samordning-analys/analysis-model.js';
import { CatalogueEngine as SearchEngine } from './catalogue-engine.js';
import type { CatalogueResponse } from './catalogue-protocol.js';
import { serveInWorker } from './catalogue-serve.js';

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

serveInWorker((post) => new CatalogueEngine(post));
