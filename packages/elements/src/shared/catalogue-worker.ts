import { CatalogueEngine } from './catalogue-engine.js';
import { serveInWorker } from './catalogue-serve.js';

export { CatalogueEngine } from './catalogue-engine.js';

/** The catalogue worker of pages without `<samordning-analys>`: fetch, validation, index and search. */
serveInWorker((post) => new CatalogueEngine(post));
