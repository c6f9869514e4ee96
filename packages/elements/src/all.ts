// Side-effect entry registering every element: the one-script-tag bundle `samordningskartan.js`.
import './shared/catalogue-all.js';
import './insats-sok/define.js';
import './samordning-karta/define.js';
import './samordning-analys/define.js';
