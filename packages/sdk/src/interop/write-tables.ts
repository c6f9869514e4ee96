import { municipalityByCode } from '../municipalities/index.js';
import type { DatasetData } from '../schema/dataset.js';
import { getPath } from './paths.js';
import { type ColumnSpec, SHEETS, type SheetSpec, SV_VALUES } from './sheets.js';
import type { Table } from './table.js';

/** List cells join their items with this. */
export const LIST_SEPARATOR = '; ';

/**
 * A dataset as spreadsheet tables: one per sheet in `SHEETS`, Swedish headers, lists joined with `;`,
 * kommuner by name, localized texts in `x` / `x (en)` columns. Empty sheets keep their header row.
 */
export function datasetToTables(data: DatasetData): Table[] {
  return SHEETS.map((sheet) => ({
    name: sheet.name,
    headers: sheet.columns.map((c) => c.header),
    rows: sheetRows(sheet, data),
  }));
}

function sheetRows(sheet: SheetSpec, data: DatasetData): string[][] {
  const row = (record: unknown, owner?: string) =>
    sheet.columns.map((c) =>
      c.path === '' && owner !== undefined ? owner : writeCell(c, getPath(record, c.path)),
    );
  const t = sheet.target;
  switch (t.type) {
    case 'meta':
      return [row(data.meta)];
    case 'collection':
      if (t.collection === 'relations') return data.relations.map((r) => row(withoutDefaultId(r)));
      return (data[t.collection] as unknown[]).map((r) => row(r));
    case 'nested': {
      const owners: Array<{ id: string }> =
        t.owner === 'service' ? data.services : [...data.organisations, ...data.services];
      return owners.flatMap((o) =>
        (((o as Record<string, unknown>)[t.field] as unknown[] | undefined) ?? []).map((item) =>
          row(item, o.id),
        ),
      );
    }
    case 'synonyms':
      return data.synonyms.map((group) => [group.join(LIST_SEPARATOR)]);
    case 'layouts':
      return Object.entries(data.layouts).flatMap(([view, positions]) =>
        Object.entries(positions).map(([id, p]) => row({ view, id, x: p.x, y: p.y })),
      );
  }
}

/** The cell text of one value. */
export function writeCell(column: ColumnSpec, value: unknown): string {
  const k = column.kind;
  if (value === undefined || value === null) return '';
  switch (k.type) {
    case 'localized':
      if (typeof value === 'string') return k.lang === 'sv' ? value : '';
      return String((value as Record<string, unknown>)[k.lang] ?? '');
    case 'enum':
      return (SV_VALUES[k.values] as Record<string, string>)[String(value)] ?? String(value);
    case 'enums':
      return (value as unknown[])
        .map((v) => (SV_VALUES[k.values] as Record<string, string>)[String(v)] ?? String(v))
        .join(LIST_SEPARATOR);
    case 'kommuner':
      return (value as string[]).map((c) => municipalityByCode(c)?.name ?? c).join(LIST_SEPARATOR);
    case 'words':
    case 'refs':
      return (value as unknown[]).map(String).join(LIST_SEPARATOR);
    case 'sources':
      return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
    case 'bool':
      return value ? 'ja' : 'nej';
    case 'externalIds':
      return (value as Array<{ scheme: string; id: string; modified?: string }>)
        .map((x) => `${x.scheme}:${x.id}${x.modified ? ` (${x.modified})` : ''}`)
        .join(LIST_SEPARATOR);
    default:
      return String(value);
  }
}

/** A relation without its id when the id is the one the SDK derives anyway (`kind:from:to`). */
export function withoutDefaultId<R extends { id?: string; kind: string; from: string; to: string }>(r: R): R {
  if (r.id !== `${r.kind}:${r.from}:${r.to}`) return r;
  const { id: _id, ...rest } = r;
  return rest as R;
}
