import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadDataset } from '../src/index.js';
import { minimalDataset } from './fixtures/minimal.js';

// Any JSON value given to the loader gives a result or structured problems, never an uncaught throw,
// and never pollutes Object.prototype.
const isProblem = (p: unknown) => {
  const x = p as Record<string, unknown>;
  return (
    typeof x.path === 'string' &&
    typeof x.code === 'string' &&
    ['error', 'warning', 'info'].includes(x.severity as string) &&
    typeof (x.message as { sv: string }).sv === 'string'
  );
};

async function check(value: unknown) {
  const r = await loadDataset(value as object);
  assert.ok(r.dataset);
  assert.ok(Array.isArray(r.problems) && r.problems.every(isProblem));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
}

describe('loader property', () => {
  it('never throws on any JSON value', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue(), check), { numRuns: 300 });
  });
  it('never throws on mutated datasets', async () => {
    const base = minimalDataset();
    // Replace a random path of the valid dataset with a random JSON value.
    const paths: string[][] = [];
    const walk = (v: unknown, path: string[]) => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, k]);
    };
    walk(base, []);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths.filter((p) => p.length)),
        fc.jsonValue(),
        async (path, value) => {
          const d = structuredClone(base) as Record<string, unknown>;
          let cur = d as Record<string, unknown>;
          for (const k of path.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
          cur[path.at(-1)!] = value;
          await check(d);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('strips __proto__ keys from parsed JSON', async () => {
    const text = JSON.stringify(minimalDataset()).replace(
      '"formatVersion":1',
      '"formatVersion":1,"__proto__":{"polluted":true}',
    );
    const r = await loadDataset(
      new Response(text.replace('"kind":"individual"', '"kind":"individual","__proto__":{"polluted":true}')),
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(r.dataset.services[0]), Object.prototype);
    assert.ok(r.problems.some((p) => p.path.endsWith('__proto__')));
  });
  it('strips __proto__ keys from meta and layouts too', async () => {
    const text = JSON.stringify(minimalDataset())
      .replace('"id":"test",', '"id":"test","__proto__":{"polluted":true},')
      .replace('"forbund":{"x":0,"y":0}', '"forbund":{"x":0,"y":0},"__proto__":{"x":1,"y":1}');
    const r = await loadDataset(new Response(text));
    assert.equal(Object.getPrototypeOf(r.dataset.meta), Object.prototype);
    assert.equal(Object.getPrototypeOf(r.dataset.data.layouts.organisation), Object.prototype);
    assert.deepEqual(
      r.problems.filter((p) => p.path.endsWith('__proto__')).map((p) => p.path),
      ['meta.__proto__', 'layouts.organisation.__proto__'],
    );
  });
});
