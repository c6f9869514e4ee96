import { formatPath } from '../problems/problem.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Removes own keys that could pollute prototypes when copied (`__proto__`, `constructor`, `prototype`),
 * in place, and returns their paths. JSON.parse creates `__proto__` as an ordinary own key, and copying
 * such a key with assignment would change an object's prototype.
 */
export function stripDangerousKeys(
  value: unknown,
  path: PropertyKey[] = [],
  out: string[] = [],
  depth = 0,
): string[] {
  if (value === null || typeof value !== 'object' || depth > 64) return out;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) stripDangerousKeys(value[i], [...path, i], out, depth + 1);
    return out;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) {
      delete (value as Record<string, unknown>)[key];
      out.push(formatPath([...path, key]));
    } else {
      stripDangerousKeys((value as Record<string, unknown>)[key], [...path, key], out, depth + 1);
    }
  }
  return out;
}
