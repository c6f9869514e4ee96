import type * as z from '../schema/zod.js';

type Schema = z.core.$ZodType;
type Def = { type: string } & Record<string, unknown>;

/**
 * Paths of fields present in `value` that `schema` does not describe. Unknown fields are kept (a newer
 * minor version may add them) but reported, so typos like `municipality` for `municipalities` show up.
 * Runs on every record of large files, so it allocates a path only when it finds something.
 */
export function unknownFields(schema: Schema, value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const out: PropertyKey[][] = [];
  const path: PropertyKey[] = [...prefix];
  const walk = (s: Schema, v: unknown): void => {
    const def = s._zod.def as Def;
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
        walk(def.innerType as Schema, v);
        return;
      case 'array':
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) {
            path.push(i);
            walk(def.element as Schema, v[i]);
            path.pop();
          }
        }
        return;
      case 'union': {
        // Our unions are "a string or an object", "an id or a list": pick the branch by the value's shape.
        if (v === null || typeof v !== 'object') return;
        const want = Array.isArray(v) ? 'array' : 'object';
        const branch = (def.options as Schema[]).find((o) => (o._zod.def as Def).type === want);
        if (branch) walk(branch, v);
        return;
      }
      case 'record':
        if (v !== null && typeof v === 'object') {
          for (const [k, child] of Object.entries(v)) {
            path.push(k);
            walk(def.valueType as Schema, child);
            path.pop();
          }
        }
        return;
      case 'object': {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
        const shape = def.shape as Record<string, Schema>;
        for (const k of Object.keys(v)) {
          const field = Object.hasOwn(shape, k) ? shape[k] : undefined;
          if (!field) {
            out.push([...path, k]);
            continue;
          }
          const child = (v as Record<string, unknown>)[k];
          if (child !== null && typeof child === 'object') {
            path.push(k);
            walk(field, child);
            path.pop();
          }
        }
        return;
      }
      default:
        return;
    }
  };
  walk(schema, value);
  return out;
}
