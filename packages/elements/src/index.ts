/**
 * @samordningskartan/elements: the element classes, importable without registering any tag.
 * Register with the side-effect entries `insats-sok/define.js` and `samordning-karta/define.js`.
 */
export { defineElement } from './shared/define.js';
