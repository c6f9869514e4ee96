import { unsafeCSS } from 'lit';
import { EDGE_PALETTE, NODE_PALETTE } from '../shared/palette.js';

// Legend swatches in the palette's colours, overridable per kind with --sk-node-<type> / --sk-edge-<kind>
// (built from the palette constants, never from data). A file of its own: the script-tag build
// minifies the CSS of every `css` template, but not of a file with `unsafeCSS`.
export const paletteStyles = unsafeCSS(
  [
    ...Object.entries(NODE_PALETTE).map(([k, c]) => `.k-${k} { fill: var(--sk-node-${k}, ${c}); }`),
    ...Object.entries(EDGE_PALETTE).map(([k, c]) => `.e-${k} { color: var(--sk-edge-${k}, ${c}); }`),
  ].join('\n'),
);
