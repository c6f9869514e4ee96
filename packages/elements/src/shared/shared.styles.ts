import { css } from 'lit';

/**
 * Rules every element needs: text only for screen readers, and the look of the shared error and
 * loading views (colours from the tokens in `tokens.styles.ts`, which must come first).
 */
export const sharedStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .sk-error,
  .sk-notice,
  .sk-loading {
    border: 1px solid var(--_border);
    border-left-width: 6px;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    margin-bottom: var(--_space);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .sk-error {
    border-left-color: var(--_warning);
  }
  .sk-error h2 {
    font-size: 1.25em;
    line-height: 1.25;
    margin: 0 0 0.5rem;
  }
  .sk-error summary {
    cursor: pointer;
    min-height: 24px;
  }
  .sk-error button {
    font: inherit;
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  .sk-error :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sk-loading progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_accent);
  }
  @media (forced-colors: active) {
    .sk-error,
    .sk-notice,
    .sk-loading {
      border-color: CanvasText;
    }
    .sk-error button {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
  }
`;
