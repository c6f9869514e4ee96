import { formatPath } from '../problems/problem.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Removes own keys that could pollute prototypes when copied (`__proto__`, `constructor`, `prototype`),
 * in place, and returns their paths. JSON.parse creates `__proto__` as an ordinary own key, and copying
 * such a key with assignment would change an object's prototype.
 */
export function stripDangerousKeys(value: unknown, prefix: PropertyKey[] = [], maxDepth = 64): string[] {
  const found: string[] = [];
  // One shared path stack: allocating a path per node would dominate the cost on large files.
  const path: PropertyKey[] = [...prefix];
  const walk = (v: unknown, depth: number) => {
    if (v === null || typeof v !== 'object') return;
    if (depth > maxDepth) {
      if (!Array.isArray(v)) for (const key of Object.keys(v)) if (FORBIDDEN.has(key)) strip(v, key);
      return;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        if (item !== null && typeof item === 'object') {
          path.push(i);
          walk(item, depth + 1);
          path.pop();
        }
      }
      return;
    }
    for (const key of Object.keys(v)) {
      const child = (v as Record<string, unknown>)[key];
      if (FORBIDDEN.has(key)) strip(v, key);
      else if (child !== null && typeof child === 'object') {
        path.push(key);
        walk(child, depth + 1);
        path.pop();
      }
    }
  };
  const strip = (v: object, key: string) => {
    delete (v as Record<string, unknown>)[key];
    found.push(formatPath([...path, key]));
  };
  walk(value, 0);
  return found;
}
