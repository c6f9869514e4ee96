/**
 * @samordningskartan/elements: the element classes, importable without registering any tag.
 * Register with the side-effect entries `insats-sok/define.js`, `samordning-karta/define.js` and
 * `samordning-analys/define.js`.
 */

export * from './insats-sok/index.js';
export * from './samordning-analys/index.js';
export * from './samordning-karta/index.js';
export { defineElement } from './shared/define.js';
