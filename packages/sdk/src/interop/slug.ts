import { foldText } from '../text/fold.js';

/** An id made from a name: "Västerås stad" → "vasteras-stad". */
export function slugify(name: string): string {
  const s = foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return s || 'post';
}

/** `base`, or `base-2`, `base-3` … whichever is not yet in `taken` (and claims it). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
