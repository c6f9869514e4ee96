import { catalogueSearch } from './catalogue-search.js';
import { serveCatalogue } from './catalogue-serve.js';

/** The catalogue worker of pages with `<insats-sok>` (or only the map): fetch, validation, index and search. */
export const CatalogueEngine = serveCatalogue({ search: catalogueSearch });
