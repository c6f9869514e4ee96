import Papa from 'papaparse';
import type { Meta } from '../../schema/dataset.js';
import { restoreFormulaText, toCsv } from '../../text/csv.js';
import { localize } from '../../text/localized.js';
import {
  emptyHsdsTables,
  HSDS_NUMBER_FIELDS,
  HSDS_TABLES,
  type HsdsRow,
  type HsdsTableName,
  type HsdsTables,
} from './model.js';

const UUID_FIELDS = /(^id$|_id$)/;

/**
 * HSDS tables as a Tabular Data Package: one CSV per non-empty table (HSDS file names, UTF-8, header row)
 * and `datapackage.json` describing them; dataset metadata goes in the descriptor.
 */
export function hsdsTablesToFiles(t: HsdsTables, meta?: Meta): Record<string, string> {
  const files: Record<string, string> = {};
  const resources: unknown[] = [];
  for (const [name, spec] of Object.entries(HSDS_TABLES) as Array<
    [HsdsTableName, (typeof HSDS_TABLES)[HsdsTableName]]
  >) {
    const rows = t[name];
    if (!rows.length) continue;
    const fields = spec.fields as readonly string[];
    // The SDK's one CSV writer: formula-like cells are neutralised; without a BOM, as HSDS tools expect.
    files[spec.path] = toCsv(
      [fields, ...rows.map((r) => fields.map((f) => (r[f] === undefined ? '' : String(r[f]))))],
      { delimiter: ',' },
    ).replace(/^\uFEFF/, '');
    resources.push({
      name,
      path: spec.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: fields.map((f) => ({
          name: f,
          type: HSDS_NUMBER_FIELDS.has(f) ? 'number' : 'string',
          ...(UUID_FIELDS.test(f) && { format: 'uuid' }),
        })),
        primaryKey: 'id',
      },
    });
  }
  const descriptor: Record<string, unknown> = {
    profile: 'tabular-data-package',
    name: meta?.id ?? 'hsds',
    resources,
  };
  if (meta) {
    descriptor.title = localize(meta.name);
    if (meta.description) descriptor.description = localize(meta.description);
    descriptor.licenses = [{ name: meta.license }];
    descriptor.contributors = [{ title: localize(meta.publisher), role: 'publisher' }];
    descriptor.created = `${meta.updated}T00:00:00Z`;
    if (meta.website) descriptor.homepage = meta.website;
    descriptor.keywords = ['HSDS 3.0', 'Open Referral', 'Samordningskartan'];
  }
  files['datapackage.json'] = `${JSON.stringify(descriptor, null, 2)}\n`;
  return files;
}

/** Reads a tabular package's files (name → text) into tables; unknown files are ignored. */
export function hsdsFilesToTables(files: Record<string, string>): {
  tables: HsdsTables;
  meta: Partial<Meta>;
} {
  const tables = emptyHsdsTables();
  const byPath = new Map<string, HsdsTableName>();
  for (const [name, spec] of Object.entries(HSDS_TABLES) as Array<[HsdsTableName, { path: string }]>) {
    byPath.set(spec.path, name);
    byPath.set(`${name}.csv`, name);
  }
  for (const [file, text] of Object.entries(files)) {
    const name = byPath.get(file.split('/').pop()!.toLowerCase());
    if (!name) continue;
    // `\r\r\n` line ends would otherwise leave a carriage return in every last cell (often an id).
    const body = text.replace(/^\uFEFF/, '').replace(/\r+\n/g, '\n');
    const parsed = Papa.parse<Record<string, string>>(body, {
      header: true,
      newline: '\n',
      skipEmptyLines: 'greedy',
      transform: (v) => restoreFormulaText(v),
    });
    tables[name] = parsed.data.map((raw) => {
      const row: HsdsRow = {};
      for (const [k, v] of Object.entries(raw)) {
        if (v === undefined || v === '') continue;
        row[k] = HSDS_NUMBER_FIELDS.has(k) && Number.isFinite(Number(v)) ? Number(v) : v;
      }
      return row;
    });
  }
  const meta: Partial<Meta> = {};
  const descriptorText = files['datapackage.json'];
  if (descriptorText) {
    try {
      const d = JSON.parse(descriptorText) as Record<string, unknown>;
      if (typeof d.name === 'string' && /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(d.name)) meta.id = d.name;
      if (typeof d.title === 'string' && d.title) meta.name = d.title;
      if (typeof d.description === 'string' && d.description) meta.description = d.description;
      const license = (d.licenses as Array<{ name?: unknown }> | undefined)?.[0]?.name;
      if (typeof license === 'string' && license) meta.license = license;
      const publisher = (d.contributors as Array<{ title?: unknown; role?: unknown }> | undefined)?.find(
        (c) => c.role === 'publisher',
      )?.title;
      if (typeof publisher === 'string' && publisher) meta.publisher = publisher;
      if (typeof d.created === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d.created))
        meta.updated = d.created.slice(0, 10);
      if (typeof d.homepage === 'string') meta.website = d.homepage;
    } catch {
      // A broken descriptor only loses the metadata; the CSV files still read.
    }
  }
  return { tables, meta };
}
