import type { Lang } from '@samordningskartan/sdk';

// Creating an Intl formatter costs far more than using one (toLocaleDateString builds a new one on
// every call: 2–3 ms per keystroke over a page of hits), so each is made once per language and options.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

const locale = (lang: Lang): string => (lang === 'en' ? 'en-GB' : 'sv-SE');

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** A day in the UI language ("3 mars 2025"); any other text (a partial date: "2025-03") as it is. */
export function formatDate(lang: Lang, iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime())) return iso;
  return cached(
    `d${lang}`,
    () => new Intl.DateTimeFormat(locale(lang), { year: 'numeric', month: 'long', day: 'numeric' }),
  ).format(d);
}

/** A number in the UI language ("12 345"); `currency` gives whole kronor ("12 345 kr"). */
export function formatNumber(
  lang: Lang,
  n: number,
  style: 'plain' | 'decimal' | 'currency' = 'plain',
): string {
  return cached(`n${lang}${style}`, () =>
    style === 'currency'
      ? new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 })
      : new Intl.NumberFormat(locale(lang), style === 'decimal' ? { maximumFractionDigits: 1 } : {}),
  ).format(n);
}
