import Papa from 'papaparse';
import { type Problem, problem } from '../../problems/problem.js';
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
import { setOrigin } from './origin.js';

/** Files only HSDS 2.x packages have (3.0 merged or renamed them). */
const HSDS2_FILES = new Set([
  'physical_addresses.csv',
  'postal_addresses.csv',
  'regular_schedules.csv',
  'holiday_schedules.csv',
  'service_taxonomy.csv',
  'eligibility.csv',
]);

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
    // A custom descriptor property (Data Package allows them): HSDS has no place for it.
    if (meta.errorReport) descriptor['samordningskartan:errorReport'] = meta.errorReport;
    descriptor.keywords = ['HSDS 3.0', 'Open Referral', 'Samordningskartan'];
  }
  files['datapackage.json'] = `${JSON.stringify(descriptor, null, 2)}\n`;
  return files;
}

/** Reads a tabular package's files (name → text) into tables; unknown files are ignored. */
/** Tables whose rows are records with their own id (a repeated id is a mistake, not a link). */
const KEYED_TABLES: ReadonlySet<HsdsTableName> = new Set(['service', 'organization', 'location']);

export function hsdsFilesToTables(files: Record<string, string>): {
  tables: HsdsTables;
  meta: Partial<Meta>;
  /** HSDS 2.x named, files not read named; each problem names its file. */
  problems: Problem[];
} {
  const tables = emptyHsdsTables();
  const problems: Problem[] = [];
  const byPath = new Map<string, HsdsTableName>();
  for (const [name, spec] of Object.entries(HSDS_TABLES) as Array<[HsdsTableName, { path: string }]>) {
    byPath.set(spec.path, name);
    byPath.set(`${name}.csv`, name);
  }
  const legacy = Object.keys(files).filter((f) => HSDS2_FILES.has(f.split('/').pop()!.toLowerCase()));
  if (legacy.length)
    problems.push(
      problem(
        'error',
        '',
        'unsupported-format-version',
        `det här är ett HSDS 2.x-paket (${legacy.join(', ')}); bara HSDS 3.x läses fullt ut. Exportera som HSDS 3.0 från källsystemet.`,
        `this is an HSDS 2.x package (${legacy.join(', ')}); only HSDS 3.x is read in full. Export HSDS 3.0 from the source system.`,
        { source: legacy[0]! },
      ),
    );
  for (const [file, text] of Object.entries(files)) {
    const base = file.split('/').pop()!.toLowerCase();
    const name = byPath.get(base);
    if (!name) {
      if (base.endsWith('.csv') && !HSDS2_FILES.has(base))
        problems.push(
          problem(
            'warning',
            '',
            'unknown-field',
            'filen är ingen HSDS 3.0-tabell som läses och hoppas över',
            'the file is no HSDS 3.0 table that is read, and is skipped',
            { source: file },
          ),
        );
      continue;
    }
    // `\r\r\n` line ends would otherwise leave a carriage return in every last cell (often an id).
    const body = text.replace(/^\uFEFF/, '').replace(/\r+\n/g, '\n');
    const parsed = Papa.parse<Record<string, string>>(body, {
      header: true,
      newline: '\n',
      skipEmptyLines: 'greedy',
      transform: (v) => restoreFormulaText(v),
    });
    const firstRow = new Map<string, number>();
    tables[name] = parsed.data.flatMap((raw, i) => {
      const row: HsdsRow = {};
      for (const [k, v] of Object.entries(raw)) {
        if (v === undefined || v === '') continue;
        row[k] = HSDS_NUMBER_FIELDS.has(k) && Number.isFinite(Number(v)) ? Number(v) : v;
      }
      // Row 1 is the header; blank lines are skipped by the parser, so this is the data row's number.
      setOrigin(row, `${file}: rad ${i + 2}`);
      // A record table's id names one record: a second row with it is reported, never merged silently.
      const id = KEYED_TABLES.has(name) && row.id !== undefined ? String(row.id) : undefined;
      if (id !== undefined) {
        const first = firstRow.get(id);
        if (first !== undefined) {
          problems.push(
            problem(
              'error',
              `rad ${i + 2}, kolumn id`,
              'duplicate-id',
              `id "${id}" finns redan på rad ${first}; den här raden hoppas över`,
              `id "${id}" is already used on row ${first}; this row is skipped`,
              { source: file },
            ),
          );
          return [];
        }
        firstRow.set(id, i + 2);
      }
      return [row];
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
      const errorReport = d['samordningskartan:errorReport'];
      if (typeof errorReport === 'string') meta.errorReport = errorReport;
    } catch {
      // A broken descriptor only loses the metadata; the CSV files still read.
    }
  }
  return { tables, meta, problems };
}
