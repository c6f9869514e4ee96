import { foldText } from '../text/fold.js';

/** The keys a name is looked up by, best first: lower-cased, then with diacritics folded too. */
function keys(name: string): [string, string] {
  const lower = name
    .trim()
    .toLowerCase()
    .replace(/\s+(kommun|stad|municipality)$/, '');
  return [lower, foldText(lower)];
}

/**
 * Finds kommuner by name, ignoring case and an optional "kommun"/"stad" suffix, and diacritics when
 * the name is not found with them: "Håbo" and "Habo" are two kommuner, "habo" is Habo, "hå bo" none.
 * Apart from the name table, so a page that gets the names from the catalogue worker matches them
 * the same way without bundling the table.
 */
export function municipalityNameLookup<T>(
  named: Iterable<readonly [name: string, value: T]>,
): (name: string) => T | undefined {
  const exact = new Map<string, T>();
  const folded = new Map<string, T>();
  for (const [name, value] of named) {
    const [e, f] = keys(name);
    exact.set(e, value);
    folded.set(f, value);
  }
  return (name) => {
    const [e, f] = keys(name);
    return exact.get(e) ?? folded.get(f);
  };
}
