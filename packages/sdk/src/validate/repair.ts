import type * as z from '../schema/zod.js';

type Schema = z.core.$ZodType;
type Def = { type: string } & Record<string, unknown>;
type Issue = z.core.$ZodIssue;

export type RepairOutcome =
  | { ok: true; data: unknown; removed: Array<{ path: PropertyKey[]; issue: Issue; value: unknown }> }
  | { ok: false; issues: Issue[] };

/**
 * Parses one record; where it fails, removes the smallest part that makes it valid (a list item or an
 * optional field) and tries again. Gives up (the record is dropped) only when a field the record
 * cannot do without is wrong: an id, a name, a kind, a required reference. The input is not changed.
 */
export function parseWithRepair(schema: Schema, record: unknown): RepairOutcome {
  const first = (schema as z.ZodMiniType).safeParse(record);
  if (first.success) return { ok: true, data: first.data, removed: [] };
  if (record === null || typeof record !== 'object' || Array.isArray(record))
    return { ok: false, issues: first.error.issues };
  const copy = structuredClone(record) as Record<string, unknown>;
  const removed: Array<{ path: PropertyKey[]; issue: Issue; value: unknown }> = [];
  let issues = first.error.issues;
  // Each round removes every failing unit at once; a removal can only leave a parent that is missing
  // a required part, which the next round removes, so a few rounds always settle.
  for (let round = 0; round < 8; round++) {
    const units: Array<{ path: PropertyKey[]; issue: Issue }> = [];
    for (const issue of issues) {
      const path = removableUnit(schema, copy, issue.path as PropertyKey[]);
      if (!path) return { ok: false, issues: first.error.issues };
      units.push({ path, issue });
    }
    // Deepest and highest index first, so removing one list item does not shift the next.
    units.sort((a, b) => compareForRemoval(a.path, b.path));
    const seen = new Set<string>();
    const outer = units.filter((u) => {
      const key = JSON.stringify(u.path);
      if (seen.has(key)) return false;
      seen.add(key);
      return !units.some((o) => o.path.length < u.path.length && isPrefix(o.path, u.path));
    });
    for (const u of outer) {
      const value = removeAt(copy, u.path);
      if (round === 0 || !removed.some((r) => isPrefix(r.path, u.path) || isPrefix(u.path, r.path)))
        removed.push({ path: u.path, issue: u.issue, value });
    }
    const again = (schema as z.ZodMiniType).safeParse(copy);
    if (again.success) return { ok: true, data: again.data, removed };
    issues = again.error.issues;
  }
  return { ok: false, issues: first.error.issues };
}

/**
 * The part to remove for an issue at `path`: the value itself when optional or a list item; else its
 * parent, and so on up. Undefined when that reaches a required field of the record itself.
 */
function removableUnit(schema: Schema, record: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  for (let end = path.length; end >= 1; end--) {
    const at = path.slice(0, end);
    const parentSchema = schemaAt(schema, at.slice(0, -1), record);
    const key = at[end - 1]!;
    if (!parentSchema) continue;
    const def = parentSchema._zod.def as Def;
    if (def.type === 'array' && typeof key === 'number') {
      // A list that must not be empty is a required field when this is its last item.
      const list = valueAt(record, at.slice(0, -1));
      const min = minLength(parentSchema);
      if (Array.isArray(list) && list.length - 1 >= min) return at;
      continue;
    }
    if (def.type === 'object') {
      const field = (def.shape as Record<string, Schema>)[String(key)];
      if (field && isOptional(field)) return at;
    }
  }
  return undefined;
}

/** The schema of the value at `path`, unwrapping optionals and choosing a union branch by the value. */
function schemaAt(schema: Schema, path: PropertyKey[], root: unknown): Schema | undefined {
  let s: Schema | undefined = unwrap(schema, root);
  let value = root;
  for (const key of path) {
    if (!s) return undefined;
    const def = s._zod.def as Def;
    value =
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    if (def.type === 'array') s = def.element as Schema;
    else if (def.type === 'object') s = (def.shape as Record<string, Schema>)[String(key)];
    else if (def.type === 'record') s = def.valueType as Schema;
    else return undefined;
    s = s && unwrap(s, value);
  }
  return s;
}

function unwrap(schema: Schema, value: unknown): Schema {
  let s = schema;
  for (;;) {
    const def = s._zod.def as Def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
      s = def.innerType as Schema;
      continue;
    }
    if (def.type === 'union') {
      const want = Array.isArray(value)
        ? 'array'
        : value !== null && typeof value === 'object'
          ? 'object'
          : '';
      const branch = (def.options as Schema[]).find((o) => (o._zod.def as Def).type === want);
      if (!branch) return s;
      s = branch;
      continue;
    }
    return s;
  }
}

function isOptional(schema: Schema): boolean {
  return (schema._zod.def as Def).type === 'optional';
}

function minLength(schema: Schema): number {
  const checks = ((schema._zod.def as Def).checks as Array<{ _zod: { def: Def } }> | undefined) ?? [];
  let min = 0;
  for (const c of checks) {
    const d = c._zod.def;
    if (d.check === 'min_length' && typeof d.minimum === 'number') min = Math.max(min, d.minimum);
  }
  return min;
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function removeAt(root: unknown, path: PropertyKey[]): unknown {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number') return parent.splice(key, 1)[0];
  if (parent !== null && typeof parent === 'object') {
    const value = (parent as Record<PropertyKey, unknown>)[key];
    delete (parent as Record<PropertyKey, unknown>)[key];
    return value;
  }
  return undefined;
}

function isPrefix(a: PropertyKey[], b: PropertyKey[]): boolean {
  return a.length <= b.length && a.every((k, i) => k === b[i]);
}

function compareForRemoval(a: PropertyKey[], b: PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (b[i] as number) - (a[i] as number);
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return b.length - a.length;
}
