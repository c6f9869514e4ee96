/**
 * Answers kept per owner object (a dataset, a load) and key. The owner is immutable, so an answer
 * never goes stale; the WeakMap lets the answers go with their owner.
 */
export interface WeakMemo<O extends object, V> {
  /** The answer for `key` of `owner`, computed the first time it is asked. */
  get(owner: O, key: string, compute: () => V): V;
  /** Drops an answer (one that failed, say), so the next ask computes it again. */
  delete(owner: O, key: string): void;
}

export function weakMemo<O extends object, V>(): WeakMemo<O, V> {
  const memos = new WeakMap<O, Map<string, V>>();
  return {
    get(owner, key, compute) {
      let byKey = memos.get(owner);
      if (!byKey) {
        byKey = new Map();
        memos.set(owner, byKey);
      }
      if (byKey.has(key)) return byKey.get(key) as V;
      const value = compute();
      byKey.set(key, value);
      return value;
    },
    delete(owner, key) {
      memos.get(owner)?.delete(key);
    },
  };
}
