import type * as z from '../schema/zod.js';

type Schema = z.core.$ZodType;

/**
 * Paths of fields present in `value` that `schema` does not describe. Unknown fields are kept (a newer
 * minor version may add them) but reported, so typos like `municipality` for `municipalities` show up.
 */
export function unknownFields(schema: Schema, value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  const def = schema._zod.def as { type: string } & Record<string, unknown>;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return unknownFields(def.innerType as Schema, value, path);
    case 'array':
      if (!Array.isArray(value)) return [];
      return value.flatMap((v, i) => unknownFields(def.element as Schema, v, [...path, i]));
    case 'union':
      // The branch that accepts the value decides which fields are known.
      for (const option of def.options as Schema[]) {
        if ((option as z.ZodMiniType).safeParse(value).success) return unknownFields(option, value, path);
      }
      return [];
    case 'record':
      if (value === null || typeof value !== 'object') return [];
      return Object.entries(value).flatMap(([k, v]) =>
        unknownFields(def.valueType as Schema, v, [...path, k]),
      );
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
      const shape = def.shape as Record<string, Schema>;
      const out: PropertyKey[][] = [];
      for (const [k, v] of Object.entries(value)) {
        const field = Object.hasOwn(shape, k) ? shape[k] : undefined;
        if (field) out.push(...unknownFields(field, v, [...path, k]));
        else out.push([...path, k]);
      }
      return out;
    }
    default:
      return [];
  }
}
