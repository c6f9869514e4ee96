import type { Lang } from '@samordningskartan/sdk';

/** A catalogue of UI strings in Swedish and English. */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/**
 * The UI language of an element: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else Swedish. Only "en" switches to English.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) {
      return node.getAttribute('lang')!.toLowerCase().startsWith('en') ? 'en' : 'sv';
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'sv';
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
