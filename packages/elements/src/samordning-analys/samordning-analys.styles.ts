import { css } from 'lit';

// Element properties (--samordning-analys-*) fall back to the shared tokens (--sk-*) all elements read.
export const analysStyles = css`
  :host {
    display: block;
    color: var(--samordning-analys-color, var(--sk-color-text, #1a1a1a));
    background: var(--samordning-analys-background, var(--sk-color-background, #fff));
    font-family: var(--samordning-analys-font, var(--sk-font-family, inherit));
    --_accent: var(--samordning-analys-accent, var(--sk-color-accent, #1d4f85));
    --_l1: var(--samordning-analys-level-1, #e3eef9);
    --_l2: var(--samordning-analys-level-2, #b7d2ee);
    --_l3: var(--samordning-analys-level-3, #2f6aa8);
    --_l4: var(--samordning-analys-level-4, #163e6a);
    --_gap: var(--samordning-analys-gap, #fdf1e7);
    --_border: var(--samordning-analys-border, var(--sk-color-border, #767676));
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
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
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
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  td.cell > button[aria-pressed='true'] {
    outline: 3px double currentColor;
    outline-offset: -5px;
  }
  .level-0 {
    background: repeating-linear-gradient(135deg, var(--_gap) 0 6px, #fff 6px 12px);
    color: #1a1a1a;
  }
  .level-0 .gap-word {
    font-weight: 400;
    font-size: 0.8em;
  }
  .level-1 {
    background: var(--_l1);
    color: #1a1a1a;
  }
  .level-2 {
    background: var(--_l2);
    color: #1a1a1a;
  }
  .level-3 {
    background: var(--_l3);
    color: #fff;
  }
  .level-4 {
    background: var(--_l4);
    color: #fff;
  }
  td.self {
    background: #f2f2f2;
    color: #595959;
    text-align: center;
  }
  .controls {
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
    background: #fff;
    border: 1px solid var(--_accent);
    border-radius: 4px;
    cursor: pointer;
  }
  button.action:hover {
    background: var(--_l1);
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
    color: #595959;
  }
  .warning {
    font-weight: 600;
  }
  dl.summary {
    display: grid;
    grid-template-columns: max-content auto;
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
