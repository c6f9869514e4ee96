import { stemmer } from '@orama/stemmers/swedish';
import { foldText } from '../text/fold.js';

/** Words too common to narrow a search ("unga vuxna med psykisk ohälsa i Västerås"). Folded. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'och i med for pa till av som en ett att det den de om ar eller fran hos vid inom under samt the and of for in to with'.split(
    ' ',
  ),
);

const WORD = /[\p{L}\p{N}]+/gu;

const foldCache = new Map<string, string[]>();

// 1 when a UTF-16 code unit is part of a word; filled lazily for non-ASCII (a regex per new code).
const wordChar = new Uint8Array(65536);
const known = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  known[c] = 1;
  wordChar[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
}
function isWordChar(c: number): boolean {
  if (!known[c]) {
    known[c] = 1;
    // Surrogates count as word parts, so letters outside the BMP stay inside their word.
    wordChar[c] = (c >= 0xd800 && c <= 0xdfff) || /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return wordChar[c] === 1;
}

/**
 * Folded word tokens of a text (lower case, no diacritics). A hand-rolled scanner: indexing 50 000
 * insatser tokenizes millions of words, and folding whole texts with `normalize` was the bottleneck.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let ascii = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (c > 127) ascii = false;
      i++;
    }
    const word = text.slice(start, i);
    if (ascii) out.push(word.toLowerCase());
    else {
      let folded = foldCache.get(word);
      if (folded === undefined) {
        folded = foldText(word).match(WORD) ?? [];
        if (foldCache.size > 100_000) foldCache.clear();
        foldCache.set(word, folded);
      }
      for (const w of folded) out.push(w);
    }
  }
  return out;
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
