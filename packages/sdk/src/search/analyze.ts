import { stemmer } from '@orama/stemmers/swedish';
import { foldText } from '../text/fold.js';

/** Words too common to narrow a search ("unga vuxna med psykisk ohälsa i Västerås"). Folded. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'och i med for pa till av som en ett att det den de om ar eller fran hos vid inom under samt the and of for in to with'.split(
    ' ',
  ),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded word tokens of a text (lower case, no diacritics). */
export function tokenize(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** A word of the original text with its position, for highlighting. */
export interface TextToken {
  start: number;
  end: number;
  /** The folded form. */
  folded: string;
}

/** Word tokens with their ranges in the original (unfolded) text. */
export function tokenizeWithOffsets(text: string): TextToken[] {
  const out: TextToken[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, folded: foldText(m[0]) });
  }
  return out;
}

const stemCache = new Map<string, string>();

/** Swedish stem of a folded token ("kommunerna" → "kommun"); cached, numbers unchanged. */
export function stem(folded: string): string {
  let s = stemCache.get(folded);
  if (s === undefined) {
    s = folded.length < 4 || /^\d+$/.test(folded) ? folded : stemmer(folded);
    // The cache only grows with distinct words; cap it so a long session cannot leak.
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(folded, s);
  }
  return s;
}
