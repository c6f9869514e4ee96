// The whole <samordning-analys> suite again with the catalogue in the page: the fallback where no
// worker can start (a CSP without `worker-src`, a script from another origin, no module workers).
import { catalogueOptions } from '../shared/catalogue-client.js';

catalogueOptions.worker = false;
await import('./samordning-analys.test.js');
