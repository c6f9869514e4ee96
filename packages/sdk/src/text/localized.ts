import type { LocalizedText } from '../schema/common.js';

/** UI languages the product ships. */
export type Lang = 'sv' | 'en';

/**
 * The text of a field in `lang`, falling back to Swedish (the format's default language).
 * A plain string is Swedish.
 */
export function localize(text: LocalizedText | undefined, lang: Lang = 'sv'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.sv ?? text.en ?? '';
}
