import { css } from 'lit';

/**
 * The design tokens of every element, in one place. A page themes all elements with the public
 * `--sk-*` properties (inherited, so one declaration on `body` is enough); the elements' styles read
 * only the private `--_*` ones defined here.
 *
 * Only accent, text and background need setting for a theme: every other colour (muted text,
 * surfaces, borders, highlights, warnings, selected states) is mixed from those by default, so a dark
 * theme keeps its contrast without listing them all.
 *
 * The text colour is set on the host and again on the shadow root's top-level elements: a page rule
 * such as `* { color: red }` matches the host (it is in the page) and beats `:host`, but it never
 * reaches inside the shadow root.
 */
export const tokens = css`
  :host {
    --_accent: var(--sk-color-accent, #1f5f8b);
    --_text: var(--sk-color-text, #1b1b1b);
    --_bg: var(--sk-color-background, #ffffff);
    --_on-accent: var(--sk-color-on-accent, var(--_bg));
    --_muted: var(--sk-color-muted, color-mix(in srgb, var(--_text) 72%, var(--_bg)));
    --_border: var(--sk-color-border, color-mix(in srgb, var(--_text) 50%, var(--_bg)));
    --_surface: var(--sk-color-surface, color-mix(in srgb, var(--_text) 5%, var(--_bg)));
    --_selected: var(--sk-color-selected, color-mix(in srgb, var(--_accent) 16%, var(--_bg)));
    --_mark: var(--sk-color-mark, color-mix(in srgb, #ffd23f 30%, var(--_bg)));
    --_warning: var(--sk-color-warning, color-mix(in srgb, #b35900 60%, var(--_text)));
    --_focus: var(--sk-color-focus, var(--_accent));
    --_radius: var(--sk-radius, 6px);
    --_space: var(--sk-space, 1rem);
    font-family: var(--sk-font-family, inherit);
    color: var(--_text);
    background: var(--_bg);
  }
  :host > * {
    color: var(--_text);
  }
  /* Paper is white whatever the screen theme; the derived colours follow. */
  @media print {
    :host {
      --_text: #000000;
      --_bg: #ffffff;
    }
  }
`;
