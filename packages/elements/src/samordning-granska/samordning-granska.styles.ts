import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.25;
    margin: calc(var(--_space) * 1.5) 0 0.5rem;
  }
  h3 {
    font-size: 1.15em;
    margin: var(--_space) 0 0.5rem;
  }
  h4 {
    font-size: 1em;
    margin: var(--_space) 0 0.25rem;
  }
  .hint {
    color: var(--_muted);
    margin: 0.25rem 0;
  }
  .drop {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .drop.dragging {
    border-color: var(--_accent);
    border-style: solid;
    background: var(--_selected);
  }
  label {
    font-weight: 600;
    display: block;
  }
  input[type='file'],
  input[type='url'] {
    font: inherit;
    min-height: 2.25rem;
  }
  input[type='url'] {
    flex: 1 1 20rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_bg);
  }
  button {
    font: inherit;
    min-height: 2.25rem;
    min-width: 24px;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary,
  form button {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .status:empty {
    display: none;
  }
  .summary {
    margin-top: var(--_space);
  }
  .problem-text {
    border-left: 6px solid var(--_warning);
    padding-left: 0.5rem;
  }
  .problems-and-row {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    align-items: start;
  }
  ul {
    padding: 0;
    margin: 0;
    list-style: none;
  }
  li {
    margin: 0.25rem 0;
  }
  .problem {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.5rem;
    width: 100%;
    text-align: start;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375rem 0.5rem;
  }
  button.problem[aria-expanded='true'] {
    background: var(--_selected);
    border-color: var(--_accent);
  }
  .severity {
    font-weight: 700;
  }
  .severity-error {
    color: var(--_warning);
  }
  .where {
    font-weight: 600;
  }
  .message {
    flex-basis: 100%;
  }
  .value,
  .suggestion {
    color: var(--_muted);
  }
  .suggestion {
    font-style: italic;
  }
  .count {
    font-weight: 400;
    color: var(--_muted);
  }
  .more {
    margin-top: 0.25rem;
  }
  #row-view {
    position: sticky;
    top: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 var(--_space) var(--_space);
    background: var(--_bg);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: 0.5rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  tr.marked {
    background: var(--_mark);
    outline: 2px solid var(--_warning);
  }
  mark {
    background: transparent;
    color: inherit;
    text-decoration: underline 2px;
  }
  .not-given {
    color: var(--_muted);
    font-style: italic;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .downloads > div {
    flex: 1 1 16rem;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .id {
    color: var(--_muted);
  }
  .preview {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    align-items: start;
  }
  .preview > section {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.5rem 0.5rem;
    min-width: 0;
  }
  @media (forced-colors: active) {
    .drop,
    .problem,
    #row-view {
      border-color: CanvasText;
    }
    tr.marked {
      outline-color: Highlight;
    }
  }
`;
