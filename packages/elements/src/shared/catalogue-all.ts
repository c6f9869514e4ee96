import { useCatalogueCode } from './catalogue-client.js';
import { code } from './catalogue-source-all.js';

// Side effect of the bundles with both <insats-sok> and <samordning-analys> (all of them, granska):
// the catalogue code that does both, so one worker serves every element of the page.
useCatalogueCode([code]);
