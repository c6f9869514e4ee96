// The prebuilt-index suite again with the catalogue in the page (where no worker can start).
import { catalogueOptions } from '../shared/catalogue-client.js';

catalogueOptions.worker = false;
await import('./insats-sok.index.test.js');
