import { css } from 'lit';

/**
 * Layout and finish of `<insats-sok>`. Every colour comes from the shared tokens (`--_*`, defined in
 * `shared/tokens.styles.ts`, themed with `--sk-*`).
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    line-height: 1.5;
    min-width: 0;
    /* A long word (a title, a URL) breaks rather than widening the element (WCAG 1.4.10 reflow). */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3 {
    line-height: 1.25;
    margin: calc(var(--_space) * 1) 0 calc(var(--_space) * 0.5);
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.1em;
  }
  a {
    color: var(--_accent);
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button,
  select,
  input[type='search'],
  input[type='number'] {
    min-height: 2.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    padding: 0.25rem 0.75rem;
  }
  button {
    cursor: pointer;
    background: var(--_surface);
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0.5rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .search {
    display: grid;
    gap: 0.25rem;
    margin-bottom: var(--_space);
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    width: 100%;
    font-size: 1.1em;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  @container (min-width: 44rem) {
    .layout {
      grid-template-columns: minmax(13rem, 17rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  .filters > summary {
    font-weight: 600;
    cursor: pointer;
    min-height: 24px;
    padding: 0.25rem 0;
    margin-bottom: 0.5rem;
  }
  .filter-list {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    min-width: 0;
  }
  fieldset fieldset {
    border: none;
    padding: 0.25rem 0 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  fieldset fieldset legend {
    font-weight: 500;
    font-style: italic;
    padding: 0;
  }
  .option {
    display: flex;
    align-items: flex-start;
    min-height: 24px;
    padding: 0.125rem 0;
  }
  .option label {
    cursor: pointer;
    min-height: 24px;
  }
  .count {
    color: var(--_muted);
  }
  .link-button {
    background: none;
    border: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0.125rem 0;
    min-height: 24px;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  .chips button {
    border-radius: 999px;
    min-height: 2rem;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.5rem;
  }
  .bar p {
    margin: 0;
    font-weight: 600;
  }
  .hits {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  /* Hits below the fold skip layout and paint: about half the layout work per keystroke. */
  .hit {
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    background: var(--_bg);
  }
  .hit h3 {
    margin: 0 0 0.25rem;
  }
  .hit p,
  .hit dl {
    margin: 0.25rem 0;
  }
  .hit dl div,
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    font-weight: 600;
  }
  .fresh {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .stale {
    color: var(--_warning);
    font-weight: 600;
  }
  .tag {
    display: inline-block;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.5rem;
    margin: 0 0.25rem 0.25rem 0;
    font-size: 0.9em;
  }
  .more {
    margin-top: var(--_space);
  }
  .detail .detail-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: space-between;
  }
  .plain {
    padding-left: 1.25rem;
  }
  .prose {
    white-space: pre-line;
  }
  @media (prefers-reduced-motion: no-preference) {
    .hit {
      transition: border-color 0.15s;
    }
    .hit:hover {
      border-color: var(--_accent);
    }
  }
  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
    .hit,
    fieldset {
      border-color: CanvasText;
    }
    button.primary {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .no-print,
    .search,
    .filters,
    .chips,
    .bar {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .hit {
      content-visibility: visible;
    }
    .detail {
      break-inside: avoid;
      font-size: 11pt;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
