import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildJsonSchema } from '../scripts/gen-json-schema.js';
import { formatProblem, validateDataset } from '../src/index.js';
import { clone, minimalDataset } from './fixtures/minimal.js';

const codes = (input: unknown) =>
  validateDataset(input).problems.map((p) => `${p.severity}:${p.code}:${p.path}`);

describe('schema: valid fixture', () => {
  it('accepts the minimal dataset with no problems and keeps every record', () => {
    const r = validateDataset(minimalDataset());
    assert.deepEqual(r.problems, []);
    assert.equal(r.fatal, false);
    assert.equal(r.data.organisations.length, 7);
    assert.equal(r.data.services.length, 4);
    assert.equal(r.data.relations.length, 7);
    assert.equal(r.data.statistics.length, 2);
    assert.equal(r.data.taxonomy.length, 1);
  });
  it('derives ids for relations without one', () => {
    const r = validateDataset(minimalDataset());
    assert.ok(r.data.relations.some((x) => x.id === 'steeringGroupOf:fk:team'));
  });
  it('accepts texts as plain strings or { sv, en }', () => {
    const d = clone(minimalDataset());
    d.services![1]!.name = { sv: 'Arbetsträning', en: 'Work training' };
    assert.deepEqual(validateDataset(d).problems, []);
  });
});

describe('schema: invalid fixtures, one per entity', () => {
  const cases: Array<[string, (d: ReturnType<typeof minimalDataset>) => void, string]> = [
    [
      'meta without licence',
      (d) => {
        delete (d.meta as Record<string, unknown>).license;
      },
      'error:required:meta.license',
    ],
    [
      'organisation kind unknown',
      (d) => {
        (d.organisations![1] as Record<string, unknown>).kind = 'agency';
      },
      'error:invalid-value:organisations[1].kind',
    ],
    [
      'organisation number malformed',
      (d) => {
        d.organisations![0]!.organisationNumber = '2220000001';
      },
      'warning:invalid-format:organisations[0].organisationNumber',
    ],
    [
      'organisation website javascript:',
      (d) => {
        d.organisations![4]!.website = 'javascript:alert(1)';
      },
      'warning:unsafe-url:organisations[4].website',
    ],
    [
      'service municipality unknown',
      (d) => {
        d.services![0]!.municipalities = ['1980', '9999'];
      },
      'warning:unknown-municipality:services[0].municipalities[1]',
    ],
    [
      'service without providers',
      (d) => {
        d.services![1]!.providers = [];
      },
      'error:too-small:services[1].providers',
    ],
    [
      'service status missing',
      (d) => {
        delete (d.services![1] as Record<string, unknown>).status;
      },
      'error:required:services[1].status',
    ],
    [
      'service link data: URL',
      (d) => {
        d.services![0]!.links = [{ url: 'data:text/html,<script>alert(1)</script>' }];
      },
      'warning:unsafe-url:services[0].links[0].url',
    ],
    [
      'service date malformed',
      (d) => {
        d.services![0]!.lastVerified = '2024-13-01';
      },
      'warning:invalid-format:services[0].lastVerified',
    ],
    [
      'relation kind unknown',
      (d) => {
        (d.relations![0] as Record<string, unknown>).kind = 'likes';
      },
      'error:invalid-value:relations[0].kind',
    ],
    [
      'term scheme unknown',
      (d) => {
        (d.taxonomy![0] as Record<string, unknown>).scheme = 'colour';
      },
      'error:invalid-value:taxonomy[0].scheme',
    ],
    [
      'statistic value not a number',
      (d) => {
        (d.statistics![0] as Record<string, unknown>).value = '5 000 000';
      },
      'error:invalid-type:statistics[0].value',
    ],
    [
      'source url not http',
      (d) => {
        d.sources![0]!.url = 'ftp://example.org/x';
      },
      'warning:unsafe-url:sources[0].url',
    ],
  ];
  for (const [name, breakIt, expected] of cases) {
    it(name, () => {
      const d = clone(minimalDataset());
      breakIt(d);
      assert.ok(codes(d).includes(expected), `expected ${expected} in ${codes(d).join(', ')}`);
    });
  }
  it('drops an invalid optional value, not the record', () => {
    const d = clone(minimalDataset());
    d.services![0]!.municipalities = ['9999'];
    const r = validateDataset(d);
    assert.deepEqual(
      r.data.services.map((s) => s.id),
      ['team', 'ordinary', 'project', 'track'],
    );
    assert.deepEqual(r.data.services[0]!.municipalities, []);
    assert.equal(r.data.organisations.length, 7);
  });
  it('drops a record whose required field is wrong, and keeps the valid ones', () => {
    const d = clone(minimalDataset());
    (d.services![1] as Record<string, unknown>).kind = 'individuell';
    const r = validateDataset(d);
    assert.deepEqual(
      r.data.services.map((s) => s.id),
      ['team', 'project', 'track'],
    );
  });
  it('formats the problem as path: Swedish message', () => {
    const d = clone(minimalDataset());
    d.services![0]!.municipalities = ['1980', '1981', '9999'];
    const p = validateDataset(d).problems.find((x) => x.code === 'unknown-municipality')!;
    assert.equal(p.path, 'services[0].municipalities[2]');
    assert.equal(p.recordId, 'team');
    assert.equal(
      formatProblem(p).startsWith('services[id=team].municipalities[2]: okänd kommunkod "9999"'),
      true,
    );
    assert.match(p.message.en, /unknown municipality code "9999"/);
  });
});

describe('schema: the file as a whole', () => {
  it('reports a newer major formatVersion as a clear fatal error', () => {
    const d = { ...clone(minimalDataset()), formatVersion: 2 };
    const r = validateDataset(d);
    assert.equal(r.fatal, true);
    assert.equal(r.problems[0]!.code, 'unsupported-format-version');
    assert.match(r.problems[0]!.message.sv, /Uppdatera Samordningskartan/);
  });
  it('reads a newer minor version and keeps unknown fields with a warning', () => {
    const d = { ...clone(minimalDataset()), formatVersion: 1.3, futureThing: { a: 1 } } as Record<
      string,
      unknown
    >;
    (d.services as Record<string, unknown>[])[0]!.nextYearField = true;
    const r = validateDataset(d);
    assert.equal(r.fatal, false);
    assert.deepEqual(
      codes(d).filter((c) => c.startsWith('warning')),
      ['warning:unknown-field:services[0].nextYearField', 'warning:unknown-field:futureThing'],
    );
    assert.equal((r.data.services[0] as Record<string, unknown>).nextYearField, true);
    assert.deepEqual(r.data.futureThing, { a: 1 });
  });
  it('rejects non-objects with a fatal problem', () => {
    for (const v of [null, 42, 'text', [], true]) {
      const r = validateDataset(v);
      assert.equal(r.fatal, true);
      assert.equal(r.problems[0]!.code, 'not-an-object');
    }
  });
  it('treats a collection that is not a list as an error and goes on', () => {
    const d = { ...clone(minimalDataset()), services: { a: 1 } };
    const r = validateDataset(d);
    assert.ok(codes(d).includes('error:invalid-type:services'));
    assert.equal(r.data.organisations.length, 7);
  });
});

describe('schema: JSON Schema file', () => {
  it('is generated from the zod schemas and committed up to date', () => {
    const committed = readFileSync(
      new URL('../schema/samordningskartan-v1.schema.json', import.meta.url),
      'utf8',
    );
    assert.equal(committed, buildJsonSchema(), 'run `pnpm gen` to regenerate the JSON Schema');
  });
  it('describes every collection', () => {
    const schema = JSON.parse(buildJsonSchema());
    for (const key of [
      'formatVersion',
      'meta',
      'organisations',
      'services',
      'relations',
      'taxonomy',
      'statistics',
      'sources',
    ]) {
      assert.ok(schema.properties[key], key);
    }
  });
});
