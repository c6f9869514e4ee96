import { tokenizeWithOffsets } from './analyze.js';

/** A piece of a text: matched (render in `<mark>`) or not. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Ranges `[start, end)` of the words of `text` that the search matched (`result.terms`), in the
 * original text's positions, so the caller can render them safely as text and `<mark>`.
 */
export function matchRanges(text: string, terms: ReadonlySet<string>): Array<[number, number]> {
  if (!terms.size || !text) return [];
  const out: Array<[number, number]> = [];
  for (const t of tokenizeWithOffsets(text)) {
    if (!terms.has(t.folded)) continue;
    const last = out[out.length - 1];
    // Join neighbouring matches separated only by spaces ("psykisk ohälsa" as one mark).
    if (last && /^\s*$/.test(text.slice(last[1], t.start))) last[1] = t.end;
    else out.push([t.start, t.end]);
  }
  return out;
}

/** `text` cut into matched and unmatched segments (plain strings, never HTML). */
export function highlight(text: string, terms: ReadonlySet<string>): HighlightSegment[] {
  const out: HighlightSegment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) out.push({ text: text.slice(at, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || !out.length) out.push({ text: text.slice(at), match: false });
  return out;
}
