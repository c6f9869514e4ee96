import { type Lang, type LocalizedText, localizeWithLang } from '@samordningskartan/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Messages, resolveLang, translate } from './messages.js';

/** What the localize controller needs from its element. */
export type LocalizeHost<K extends string> = ReactiveControllerHost &
  HTMLElement & { strings?: Partial<Record<K, string>> | undefined };

// One observer for every element on the page: it watches `lang` attributes in the document and in
// every shadow root an element sits in, and lets each connected element re-resolve its language.
const hosts = new Set<{ langChanged(): void }>();
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer ??= new MutationObserver(() => {
    for (const h of hosts) h.langChanged();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its UI language and texts. The language is resolved once per update: the
 * element's own `lang`, else the nearest ancestor's (crossing shadow roots), else `<html>`'s, else
 * Swedish. When the `lang` of `<html>` or an ancestor changes, the element renders again.
 *
 * `t(key, params)` reads the page's overrides (the element's `strings`) first, then the catalogue.
 */
export class LocalizeController<K extends string> implements ReactiveController {
  /** The UI language of the current update. */
  lang: Lang;
  private readonly host: LocalizeHost<K>;
  private readonly catalogue: Messages<K>;
  private readonly dataLanguage: () => string | undefined;

  /**
   * @param catalogue The element's messages (merged with the shared ones).
   * @param dataLanguage The language of plain-string texts in the data (the dataset's `meta.language`).
   */
  constructor(host: LocalizeHost<K>, catalogue: Messages<K>, dataLanguage?: () => string | undefined) {
    this.host = host;
    this.catalogue = catalogue;
    this.dataLanguage = dataLanguage ?? (() => undefined);
    this.lang = 'sv';
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    let node: Node = this.host;
    for (;;) {
      const root = node.getRootNode();
      if (root instanceof ShadowRoot) {
        watch(root);
        node = root.host;
      } else {
        if (root instanceof Document) watch(root);
        break;
      }
    }
    this.lang = resolveLang(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  hostUpdate(): void {
    this.lang = resolveLang(this.host);
  }

  /** Called by the shared observer when any watched `lang` attribute changed. */
  langChanged(): void {
    if (resolveLang(this.host) !== this.lang) this.host.requestUpdate();
  }

  /** The UI text for `key` in the current language, with `{name}` placeholders filled. */
  t = (key: K, params?: Record<string, string | number>): string =>
    translate(this.catalogue, this.lang, this.host.strings, key, params);

  /**
   * A text from the data in the UI language where it has one, with the `lang` to put on its element
   * when the text is in another language than the UI (undefined when they agree), so screen readers
   * read it with the right voice: `<p lang=${ifDefined(d.lang)}>${d.text}</p>`.
   */
  data(value: LocalizedText | undefined): { text: string; lang: string | undefined } {
    const r = localizeWithLang(value, this.lang, this.dataLanguage() ?? 'sv');
    const primary = r.lang.toLowerCase().split('-')[0];
    return { text: r.text, lang: primary === this.lang ? undefined : r.lang };
  }
}
