/**
 * Where each record of a top-level collection ("services") lies in a JSON text: character offsets of
 * `[start, end)` per record, so a reader can `JSON.parse` one record without parsing the file. One
 * pass over the text, tracking strings and nesting; undefined when the collection is not a
 * top-level array.
 */
export function recordSpans(text: string, collection = 'services'): Uint32Array | undefined {
  const n = text.length;
  const out: number[] = [];
  let depth = 0;
  let key: string | undefined;
  let inTarget = false;
  let start = -1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const from = i + 1;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 34) break;
        else i++;
      }
      // A key of the top-level object (a string at depth 1 followed by a colon).
      if (depth === 1 && !inTarget) key = text.slice(from, i);
      if (inTarget && depth === 2 && start < 0) out.push(from - 1, i + 1);
      i++;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth === 2 && c === 91 && key === collection && !inTarget) inTarget = true;
      else if (inTarget && depth === 3) start = i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (inTarget && depth === 3) {
        out.push(start, i + 1);
        start = -1;
      }
      depth--;
      if (inTarget && depth === 1) return Uint32Array.from(out);
    } else if (inTarget && depth === 2 && start < 0 && c > 32 && c !== 44 /* , */) {
      // A scalar in the list (not a record): its extent up to the next comma or bracket.
      let j = i;
      while (j < n && text.charCodeAt(j) !== 44 && text.charCodeAt(j) !== 93) j++;
      let e = j;
      while (e > i && text.charCodeAt(e - 1) <= 32) e--;
      out.push(i, e);
      i = j;
      continue;
    }
    i++;
  }
  return undefined;
}
