import { css } from 'lit';
import { paletteStyles } from './palette.styles.js';

const styles = css`
  :host {
    --samordning-karta-height: 560px;
    /* Outline of the selected node on the canvas. */
    --samordning-karta-selected: var(--_text);
    display: block;
    container-type: inline-size;
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
    min-height: 2rem;
    min-width: 2rem;
  }
  input[type='checkbox'] {
    min-width: 0;
    min-height: 0;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  button {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2rem 0.6rem;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  select,
  input {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2rem 0.4rem;
  }
  :focus-visible,
  [role='treeitem']:focus > .row {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [role='treeitem']:focus {
    outline: none;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-block-end: 0.5rem;
  }
  /* Flex items may shrink below their content (a long option text), so nothing widens the row. */
  .controls > *,
  .filter-grid > * {
    min-width: 0;
    max-width: 100%;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    gap: 0.25rem;
    align-items: center;
    flex-wrap: wrap;
  }
  legend {
    float: left;
    margin-inline-end: 0.25rem;
    font-weight: 600;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.1rem;
    font-size: 0.9em;
    max-width: 100%;
  }
  /* A select is as wide as its longest option (a förbund's full name): never wider than the row. */
  select {
    max-width: 100%;
    text-overflow: ellipsis;
  }
  label.inline {
    flex-direction: row;
    align-items: center;
    gap: 0.35rem;
  }
  form {
    display: flex;
    gap: 0.25rem;
    align-items: end;
  }
  details.filters > summary,
  details.legend > summary {
    cursor: pointer;
    min-height: 24px;
    font-weight: 600;
  }
  .filter-grid {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
    padding-block: 0.5rem;
  }
  .status {
    min-height: 1.4em;
    margin: 0.25rem 0;
    color: var(--_muted);
  }
  .notice {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
    gap: 1rem;
    align-items: start;
  }
  @container (max-width: 900px) {
    .body {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  figure {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    position: relative;
  }
  .cy {
    position: relative;
    height: var(--samordning-karta-height);
    width: 100%;
    overflow: hidden;
  }
  .cy-overlay {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    pointer-events: none;
    color: var(--_muted);
  }
  figcaption {
    padding: 0.4rem 0.6rem;
    border-top: 1px solid var(--_border);
    font-size: 0.9em;
  }
  .zoom {
    display: flex;
    gap: 0.25rem;
    flex-wrap: wrap;
  }
  [role='tree'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [role='tree'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem;
    max-height: var(--samordning-karta-height);
    overflow: auto;
  }
  /* Indentation by level from the attribute (an inline style would break a strict style-src). */
  [aria-level='2'] > .row {
    --level: 1;
  }
  [aria-level='3'] > .row {
    --level: 2;
  }
  [aria-level='4'] > .row {
    --level: 3;
  }
  [aria-level='5'] > .row {
    --level: 4;
  }
  [aria-level='6'] > .row {
    --level: 5;
  }
  [aria-level='7'] > .row {
    --level: 6;
  }
  [aria-level='8'] > .row {
    --level: 7;
  }
  [aria-level='9'] > .row {
    --level: 8;
  }
  [aria-level='10'] > .row {
    --level: 9;
  }
  [aria-level]:not([aria-level='1']):not([aria-level='2']):not([aria-level='3']):not([aria-level='4']):not([aria-level='5']):not([aria-level='6']):not([aria-level='7']):not([aria-level='8']):not([aria-level='9']):not([aria-level='10']) > .row {
    --level: 10;
  }
  [aria-level] > .row {
    padding-inline-start: calc(var(--level, 0) * 1.25rem + 0.3rem) !important;
  }
  .row {
    display: flex;
    min-width: 0;
    align-items: center;
    gap: 0.4rem;
    min-height: 28px;
    padding: 0.1rem 0.3rem;
    border-radius: 4px;
    cursor: pointer;
  }
  [aria-selected='true'] > .row {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .twisty {
    display: inline-block;
    width: 1rem;
    text-align: center;
  }
  /* Long compound names wrap anywhere rather than widen the tree (reflow at 320 px). */
  .row .name {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .kind {
    font-size: 0.85em;
    opacity: 0.85;
  }
  .swatch {
    width: 18px;
    height: 18px;
    flex: none;
  }
  .swatch .shape {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  aside {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    background: var(--_surface);
  }
  aside h2 {
    font-size: 1.15em;
    margin: 0 0 0.25rem;
  }
  aside h3 {
    font-size: 1em;
    margin: 0.75rem 0 0.25rem;
  }
  aside ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  aside li {
    margin-block: 0.15rem;
  }
  .details-head {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    align-items: start;
  }
  button.link {
    background: none;
    border: 0;
    padding: 0.1rem 0;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
    min-height: 24px;
    /* A wrapped name keeps its list bullet on the first line. */
    vertical-align: top;
  }
  aside a {
    color: var(--_accent);
  }
  dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0.1rem 0.75rem;
    margin: 0;
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .legend-grid {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    padding: 0;
    margin: 0.25rem 0;
  }
  .legend-grid li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .legend svg line {
    stroke-width: 2.5;
  }
  .problems {
    font-size: 0.85em;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'],
    [aria-selected='true'] > .row {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .swatch .shape {
      stroke: CanvasText;
    }
    /* The canvas cannot use system colours itself: the map reads them, resolved, from here. */
    .cy {
      forced-color-adjust: none;
      color: CanvasText;
      background-color: Canvas;
      outline-color: Highlight;
    }
  }
  @media print {
    .controls,
    .zoom,
    .no-print {
      display: none !important;
    }
    .body {
      grid-template-columns: 1fr;
    }
    [role='tree'] {
      max-height: none;
      overflow: visible;
    }
  }
`;

/** The element's styles, with the legend's palette rules (generated, in a file of their own). */
export const kartaStyles = [styles, paletteStyles];
