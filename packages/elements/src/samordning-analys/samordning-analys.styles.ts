import { css } from 'lit';

// Every colour comes from the shared tokens (tokens.styles.ts, included first): the heat levels and the
// gap stripes are mixed from the accent, text and background, so a theme that sets only those (the
// dark one included) keeps its contrast. Only the levels and the gap have properties of their own.
export const analysStyles = css`
  :host {
    display: block;
    --_l1: var(--samordning-analys-level-1, color-mix(in srgb, var(--_accent) 14%, var(--_bg)));
    --_l2: var(--samordning-analys-level-2, color-mix(in srgb, var(--_accent) 35%, var(--_bg)));
    --_l3: var(--samordning-analys-level-3, var(--_accent));
    --_l4: var(--samordning-analys-level-4, color-mix(in srgb, var(--_accent) 65%, var(--_text)));
    --_gap: var(--samordning-analys-gap, color-mix(in srgb, var(--_warning) 14%, var(--_bg)));
  }
  .base {
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  h2,
  h3,
  h4 {
    margin: 1.25em 0 0.5em;
    line-height: 1.25;
  }
  h2 {
    margin-top: 0;
  }
  section + section {
    margin-top: 2rem;
  }
  /* A wide table scrolls inside its own labelled region; the page itself never scrolls sideways. */
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    vertical-align: bottom;
  }
  td.num,
  th.num {
    text-align: end;
  }
  td.cell {
    padding: 0;
    text-align: center;
    min-width: 3rem;
  }
  td.cell > span,
  td.cell > button {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.25em;
    box-sizing: border-box;
    width: 100%;
    min-width: 24px;
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: transparent;
    border: 0;
  }
  td.cell > button {
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  td.cell > button:focus-visible,
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  td.cell > button[aria-pressed='true'] {
    outline: 3px double currentColor;
    outline-offset: -5px;
  }
  .level-0 {
    background: repeating-linear-gradient(135deg, var(--_gap) 0 6px, var(--_bg) 6px 12px);
    color: var(--_text);
  }
  .level-0 .gap-word {
    font-weight: 400;
    font-size: 0.8em;
  }
  .level-1 {
    background: var(--_l1);
    color: var(--_text);
  }
  .level-2 {
    background: var(--_l2);
    color: var(--_text);
  }
  .level-3 {
    background: var(--_l3);
    color: var(--_on-accent);
  }
  .level-4 {
    background: var(--_l4);
    color: var(--_on-accent);
  }
  td.self {
    background: var(--_surface);
    color: var(--_muted);
    text-align: center;
  }
  .controls {
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    border: 0;
    padding: 0;
    margin: 0 0 0.75rem;
  }
  .controls legend {
    font-weight: 600;
    padding: 0;
    margin-inline-end: 0.5rem;
    float: left;
  }
  .controls label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 24px;
  }
  .controls input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  button.action {
    min-height: 24px;
    min-width: 24px;
    padding: 0.3rem 0.75rem;
    font: inherit;
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_accent);
    border-radius: 4px;
    cursor: pointer;
  }
  button.action:hover {
    background: var(--_selected);
  }
  .details {
    margin: 0.75rem 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
  }
  .details h4 {
    margin-top: 0;
  }
  .details h4:focus {
    outline: none;
  }
  .details h4:focus-visible {
    outline: 3px solid var(--_accent);
  }
  .muted {
    color: var(--_muted);
  }
  .warning {
    font-weight: 600;
  }
  dl.summary {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25rem 1rem;
  }
  dl.summary dt {
    font-weight: 600;
  }
  dl.summary dd {
    margin: 0;
  }
  tr.total th,
  tr.total td {
    font-weight: 700;
  }
  @media (prefers-reduced-motion: no-preference) {
    td.cell > button {
      transition: box-shadow 0.15s ease;
    }
  }
  td.cell > button:hover {
    box-shadow: inset 0 0 0 2px currentColor;
  }
  @media (forced-colors: active) {
    .level-0 {
      background: Canvas;
      border-style: dashed;
    }
    td.cell > button {
      color: LinkText;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .controls,
    .actions,
    .details button {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
    table {
      break-inside: auto;
    }
    tr {
      break-inside: avoid;
    }
    td.cell > button {
      text-decoration: none;
    }
    .level-0,
    .level-1,
    .level-2,
    .level-3,
    .level-4 {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
