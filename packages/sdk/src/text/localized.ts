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

/**
 * Like `localize`, and says which language the returned text is in, so a UI can mark a text whose
 * language differs from its own (`lang="en"` on an English description in a Swedish page).
 * `plainLang` is the language of plain strings: the dataset's `meta.language`, else Swedish.
 */
export function localizeWithLang(
  text: LocalizedText | undefined,
  lang: Lang = 'sv',
  plainLang = 'sv',
): { text: string; lang: string } {
  if (text === undefined) return { text: '', lang };
  if (typeof text === 'string') return { text, lang: plainLang };
  if (lang === 'en' && text.en) return { text: text.en, lang: 'en' };
  if (text.sv) return { text: text.sv, lang: 'sv' };
  return { text: text.en ?? '', lang: 'en' };
}

// One collator for the whole SDK: `localeCompare(b, 'sv')` builds a new one on every call.
const swedish = new Intl.Collator('sv');

/** Compares two texts in Swedish alphabetical order (å, ä, ö last). */
export const compareSv = (a: string, b: string): number => swedish.compare(a, b);
