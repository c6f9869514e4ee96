import { analysisOf } from '../samordning-analys/analysis-model.js';
import { catalogueSearch } from './catalogue-search.js';
import { serveCatalogue } from './catalogue-serve.js';

/** The catalogue worker of pages with both `<insats-sok>` and `<samordning-analys>`: search and analysis. */
export const CatalogueEngine = serveCatalogue({ search: catalogueSearch, analysis: analysisOf });
