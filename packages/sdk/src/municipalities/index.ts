import { foldText } from '../text/fold.js';
import { compareSv } from '../text/localized.js';
import { COUNTIES, MUNICIPALITIES_PACKED } from './data.js';
import { municipalityNameLookup } from './name-key.js';

/** A Swedish municipality (kommun) with its SCB code and county (län). */
export interface Municipality {
  /** Four-digit SCB kommunkod, e.g. "1980" for Västerås. */
  code: string;
  name: string;
  county: string;
}

const byCode = new Map<string, Municipality>();
for (const entry of MUNICIPALITIES_PACKED.split('|')) {
  const code = entry.slice(0, 4);
  const m = { code, name: entry.slice(4), county: COUNTIES[code.slice(0, 2)] ?? '' };
  byCode.set(code, m);
}

/** All 290 municipalities, ordered by code. */
export const municipalities: readonly Municipality[] = [...byCode.values()];
const byName = municipalityNameLookup(municipalities.map((m) => [m.name, m] as const));

export { isMunicipalityCode } from './codes.js';

/** The municipality with this code, or undefined. */
export function municipalityByCode(code: string): Municipality | undefined {
  return byCode.get(code);
}

/**
 * Finds a municipality by code or by name, ignoring case, an optional "kommun"/"stad" suffix and
 * diacritics where they tell no two apart ("Västerås", "vasteras", "Västerås stad", "1980"; "Håbo"
 * and "Habo" are two).
 */
export function findMunicipality(nameOrCode: string): Municipality | undefined {
  const s = nameOrCode.trim();
  if (/^\d{4}$/.test(s)) return byCode.get(s);
  return byName(s);
}

/** The closest municipality names to a misspelt one ("Vesterås" → Västerås), best first. */
export function suggestMunicipalities(input: string, max = 3): Municipality[] {
  const folded = foldText(input);
  const scored: Array<[number, Municipality]> = [];
  for (const m of municipalities) {
    const name = foldText(m.name);
    const d = editDistance(folded, name);
    if (d <= Math.max(2, Math.floor(name.length / 4))) scored.push([d, m]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || compareSv(a[1].name, b[1].name))
    .slice(0, max)
    .map(([, m]) => m);
}

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
