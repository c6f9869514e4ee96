import { analysisOf } from '../samordning-analys/analysis-model.js';
import { serveCatalogue } from './catalogue-serve.js';

/**
 * The catalogue worker of pages with `<samordning-analys>` and no `<insats-sok>`: the analysis is
 * computed next to the data, so the page gets only what it renders, and no search index code is
 * downloaded that nothing on the page would use.
 */
export const CatalogueEngine = serveCatalogue({ analysis: analysisOf });
