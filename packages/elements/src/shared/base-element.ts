import type { Dataset } from '@samordningskartan/sdk';
import { LitElement, type PropertyDeclarations } from 'lit';
import { aliasDatasetToData } from './dataset-alias.js';

/** The `detail` type of an event declared in `HTMLElementEventMap`. */
export type EventDetail<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * The base of every Samordningskartan element: where the data comes from (`src` or `data`), the UI
 * language (`lang`), the page's text overrides (`strings`), and typed events.
 *
 * Assigning `el.dataset = …` is forwarded to `data` (the name the first documents used); reading
 * `el.dataset` keeps its built-in meaning (the element's data-* attributes).
 */
export class SkElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    data: { attribute: false },
    strings: { attribute: false },
    debug: { type: Boolean, reflect: true },
  };

  /** URL of the dataset, or several separated by spaces or commas (merged by the SDK). */
  declare src: string;
  /**
   * The data, set from code: an SDK `Dataset`, or a raw dataset object (validated by the SDK). It is
   * never fetched: a string here is not a URL. Takes precedence over `src`.
   * Named `data`, not `dataset`, so the element keeps the built-in `HTMLElement.dataset`.
   */
  declare data: Dataset | object | undefined;
  /** Overrides of UI texts, by message key (see the element's message catalogue). */
  declare strings: Partial<Record<string, string>> | undefined;
  /** UI language, "sv" (default) or "en"; inherited from the nearest ancestor with `lang` when unset. */
  declare lang: string;
  /**
   * For webmasters: a notice when the data loaded with problems (what an error concerns is not
   * shown), listing each with its place. Off by default: visitors see the valid rest.
   */
  declare debug: boolean;

  constructor() {
    super();
    this.src = '';
    this.debug = false;
  }

  /**
   * Dispatches a `CustomEvent` that bubbles out of shadow roots (`composed`). Returns false when a
   * listener called `preventDefault()` (only for events created cancelable).
   */
  emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: EventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: !!options.cancelable }),
    );
  }
}

aliasDatasetToData(SkElement);
