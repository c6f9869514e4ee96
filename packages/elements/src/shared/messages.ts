import type { Lang } from '@samordningskartan/sdk';

/** A catalogue of UI strings in Swedish and English. */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/** One catalogue from several (later ones win): the shared labels and texts, then an element's own. */
export function mergeMessages<A extends string, B extends string>(
  a: Messages<A>,
  b: Messages<B>,
): Messages<A | B>;
export function mergeMessages<A extends string, B extends string, C extends string>(
  a: Messages<A>,
  b: Messages<B>,
  c: Messages<C>,
): Messages<A | B | C>;
export function mergeMessages(...catalogues: Array<Messages<string>>): Messages<string> {
  return {
    sv: Object.assign({}, ...catalogues.map((c) => c.sv)),
    en: Object.assign({}, ...catalogues.map((c) => c.en)),
  };
}

/**
 * The UI language of an element: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else Swedish. Only "en…" switches to English.
 */
export function resolveLang(el: Element): Lang {
  // The element's own property first: a Lit `lang` property is reflected only later in its update.
  let lang = (el as Partial<HTMLElement>).lang || el.getAttribute('lang');
  let node: Node | null = el.parentNode;
  while (!lang && node) {
    if (node instanceof Element) lang = node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/**
 * Returns the text for `key` with `{name}` placeholders filled, from `overrides` first (set by the
 * page through the element's `strings` property), then the catalogue.
 */
export function translate<K extends string>(
  catalogue: Messages<K>,
  lang: Lang,
  overrides: Partial<Record<K, string>> | undefined,
  key: K,
  params?: Record<string, string | number>,
): string {
  const template = overrides?.[key] ?? catalogue[lang][key] ?? catalogue.sv[key] ?? key;
  return params
    ? template.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m))
    : template;
}
