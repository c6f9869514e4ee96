// Writes schema/samordningskartan-v1.schema.json from the zod schemas (the single source of truth).
// `--check` fails instead when the committed file is out of date (run in the tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { DatasetFile } from '../src/schema/dataset.js';
import * as z from '../src/schema/zod.js';

export const SCHEMA_ID = 'urn:samordningskartan:schema:dataset:v1';

export function buildJsonSchema(): string {
  const schema = z.toJSONSchema(DatasetFile, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const out = {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'Samordningskartan dataset, format version 1',
    description:
      'The shared data format of Samordningskartan: organisations, insatser (services), relations, taxonomy and statistics of Swedish samordningsförbund. Generated from the zod schemas in packages/sdk/src/schema; do not edit.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

const file = new URL('../schema/samordningskartan-v1.schema.json', import.meta.url);
if (process.argv[1]?.endsWith('gen-json-schema.ts')) {
  const text = buildJsonSchema();
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error('schema/samordningskartan-v1.schema.json is out of date: run `pnpm gen`');
      process.exit(1);
    }
  } else {
    writeFileSync(file, text);
    console.log('wrote schema/samordningskartan-v1.schema.json');
  }
}
