import type { Dataset } from './dataset.js';

/**
 * Answers that depend only on a dataset (not on the scope asked about), kept per dataset so that
 * asking for many scopes of one dataset — the national map counts every förbund's — works each out
 * once. A dataset is immutable, so an answer never goes stale; the WeakMap lets it go with the dataset.
 */
const memos = new WeakMap<Dataset, Map<string, Map<string, readonly string[]>>>();

/** `compute(id)` for `ds`, worked out once per dataset, kind of answer (`name`) and id. */
export function memoByDataset(
  ds: Dataset,
  name: string,
  id: string,
  compute: (id: string) => readonly string[],
): readonly string[] {
  let byName = memos.get(ds);
  if (!byName) {
    byName = new Map();
    memos.set(ds, byName);
  }
  let byId = byName.get(name);
  if (!byId) {
    byId = new Map();
    byName.set(name, byId);
  }
  let known = byId.get(id);
  if (!known) {
    known = compute(id);
    byId.set(id, known);
  }
  return known;
}
