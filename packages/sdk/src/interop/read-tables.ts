import { editDistance, findMunicipality, suggestMunicipalities } from '../municipalities/index.js';
import { countProblems } from '../problems/problem.js';
import { type DatasetData, FORMAT_VERSION } from '../schema/dataset.js';
import { DEFAULT_TAXONOMY } from '../taxonomy/default-vocabulary.js';
import { FOLLOW_UP_INDICATOR_TERMS } from '../taxonomy/indicators.js';
import { foldText } from '../text/fold.js';
import { localize } from '../text/localized.js';
import { validateDataset } from '../validate/validate.js';
import { setPath } from './paths.js';
import { type ColumnSpec, type RefTarget, SHEETS, type SheetSpec, SV_ALIASES, SV_VALUES } from './sheets.js';
import { slugify, uniqueId } from './slug.js';
import { type CellProblem, cellProblem, type Table, tableLabel } from './table.js';

export interface TablesImportResult {
  /** The dataset file built from the tables, as it would be saved. */
  file: Record<string, unknown>;
  /** The validated dataset. */
  data: DatasetData;
  /** Problems from reading the cells and from validation, pointing at the cell when known. */
  problems: CellProblem[];
  errors: number;
  warnings: number;
}

/** Sheets in a workbook that are not data (the template's help) and are skipped without a warning. */
const IGNORED_SHEETS = new Set(['hjalp', 'las mig', 'instruktioner', 'vokabular']);

interface Cell {
  table: string;
  row: number;
  column: string;
}
interface Origin {
  table: string;
  row: number;
  columns: ColumnSpec[];
}
interface PendingRef {
  record: Record<string, unknown>;
  path: string;
  values: string[];
  single: boolean;
  to: RefTarget;
  at: Cell;
}
interface PendingNested {
  item: Record<string, unknown>;
  field: 'contactPoints' | 'links' | 'funding';
  owner: string;
  to: RefTarget;
  at: Cell;
  origin: Origin;
}

const fold = (s: string) => foldText(s.trim()).replace(/\s+/g, ' ');
const split = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Builds a dataset from spreadsheet tables (the sheets of `SHEETS`, in any order, any subset) and
 * validates it. Every problem that can be tied to a cell says which: table, row (the header is row 1)
 * and column. Never throws on bad cells.
 */
export function tablesToDataset(tables: readonly Table[]): TablesImportResult {
  const problems: CellProblem[] = [];
  const file: Record<string, unknown> = { formatVersion: FORMAT_VERSION };
  const origins = new Map<string, Origin>();
  const refs: PendingRef[] = [];
  const nested: PendingNested[] = [];
  const collections: Record<string, Array<Record<string, unknown>>> = {};

  for (const given of tables) {
    const label = tableLabel(given);
    problems.push(...(given.problems ?? []));
    const spec = SHEETS.find((s) => fold(s.name) === fold(given.name));
    if (!spec) {
      if (!IGNORED_SHEETS.has(fold(given.name))) {
        problems.push(
          cellProblem(
            'warning',
            'unknown-field',
            { table: label },
            `okänt blad "${given.name}" hoppas över`,
            `unknown sheet "${given.name}" is skipped`,
          ),
        );
      }
      continue;
    }
    const { table, offset } = locateHeaderRow(spec, given, label, problems);
    const columns = mapHeaders(spec, table, label, problems, offset + 1);
    table.rows.forEach((cells, i) => {
      if (cells.every((c) => c === undefined || String(c).trim() === '')) return;
      const row = i + 2 + offset;
      const record: Record<string, unknown> = {};
      let owner: { value: string; at: Cell } | undefined;
      const texts = new Map<string, { sv?: string; en?: string; enAt?: Cell }>();
      columns.forEach((column, c) => {
        if (!column) return;
        const cell = String(cells[c] ?? '').trim();
        const at = { table: label, row, column: column.header };
        if (cell === '') {
          if (column.required && !(column.kind.type === 'id')) {
            problems.push(cellProblem('error', 'required', at, 'värde saknas', 'value missing'));
          }
          return;
        }
        if (column.path === '' && spec.target.type === 'nested') {
          owner = { value: cell, at };
          return;
        }
        if (column.kind.type === 'localized') {
          const t = texts.get(column.path) ?? {};
          t[column.kind.lang] = cell;
          if (column.kind.lang === 'en') t.enAt = at;
          texts.set(column.path, t);
          return;
        }
        readCell(column, cell, record, at, refs, problems);
      });
      for (const [path, t] of texts) {
        if (t.sv !== undefined) setPath(record, path, t.en !== undefined ? { sv: t.sv, en: t.en } : t.sv);
        else if (t.enAt) {
          problems.push(
            cellProblem(
              'error',
              'required',
              t.enAt,
              'engelsk text utan svensk; fyll i den svenska kolumnen också',
              'English text without Swedish; fill in the Swedish column too',
            ),
          );
        }
      }
      const origin: Origin = { table: label, row, columns: spec.columns };
      const t = spec.target;
      if (t.type === 'meta') {
        if (file.meta !== undefined) {
          problems.push(
            cellProblem(
              'warning',
              'invalid-value',
              { table: label, row },
              'bladet ska ha en enda rad; raden hoppas över',
              'the sheet should have a single row; the row is skipped',
            ),
          );
          return;
        }
        file.meta = record;
        origins.set('meta', origin);
      } else if (t.type === 'collection') {
        const list = listIn(collections, t.collection);
        if (t.collection === 'statistics' && record.period === undefined) record.period = {};
        origins.set(`${t.collection}[${list.length}]`, origin);
        list.push(record);
      } else if (t.type === 'nested') {
        if (owner)
          nested.push({
            item: record,
            field: t.field,
            owner: owner.value,
            to: t.owner,
            at: owner.at,
            origin,
          });
      } else if (t.type === 'synonyms') {
        const words = split(String(cells[columns.findIndex((c) => c?.header === 'ord')] ?? ''));
        if (words.length) listIn<string[]>(file, 'synonyms').push(words);
      } else {
        const { view, id, x, y } = record;
        if (
          typeof view === 'string' &&
          typeof id === 'string' &&
          typeof x === 'number' &&
          typeof y === 'number'
        ) {
          if (file.layouts === undefined) file.layouts = {};
          const layouts = file.layouts as Record<string, Record<string, { x: number; y: number }>>;
          if (layouts[view] === undefined) layouts[view] = {};
          layouts[view][id] = { x, y };
        }
      }
    });
  }

  assignIds(collections);
  for (const [name, list] of Object.entries(collections)) file[name] = list;
  const index = buildIndex(collections, (file.meta as Record<string, unknown> | undefined)?.id);

  // A missing sheet (or CSV file) is named once, instead of one "okänd organisation" per reference.
  const present = new Set(tables.map((t) => fold(t.name)));
  const missingSheet = (name: string): string | undefined => {
    if (present.has(fold(name))) return undefined;
    const book = tables.map((t) => tableLabel(t)).find((l) => l.includes(', blad "'));
    return book ? `${book.slice(0, book.indexOf(', blad "'))}, blad "${name}"` : `${name}.csv`;
  };
  const noOrganisations = missingSheet('organisationer');
  let unread = 0;
  const silent: CellProblem[] = [];
  for (const r of refs) {
    const quiet = noOrganisations !== undefined && ['organisation', 'record', 'subject'].includes(r.to);
    const resolved = r.values.map((v) => resolve(index, r.to, v, r.at, quiet ? silent : problems));
    unread = silent.length;
    setPath(r.record, r.path, r.single ? resolved[0] : resolved);
  }
  const csv = noOrganisations?.endsWith('.csv');
  if (noOrganisations && unread) {
    problems.push(
      cellProblem(
        'error',
        'required',
        { table: noOrganisations },
        `${csv ? 'filen' : 'bladet'} saknas; ${unread === 1 ? '1 hänvisning' : `${unread} hänvisningar`} till organisationer kan inte läsas. Lägg till ${csv ? 'filen i mappen' : 'bladet i arbetsboken'}.`,
        `the ${csv ? 'file' : 'sheet'} is missing; ${unread === 1 ? '1 reference' : `${unread} references`} to organisations cannot be read. Add the ${csv ? 'file to the folder' : 'sheet to the workbook'}.`,
      ),
    );
  }
  const noMeta = missingSheet('datamängd');
  if (noMeta && file.meta === undefined) {
    problems.push(
      cellProblem(
        'error',
        'required',
        { table: noMeta },
        `${noMeta.endsWith('.csv') ? 'filen' : 'bladet'} saknas: datamängdens id, namn, utgivare, datum och licens står där`,
        `the ${noMeta.endsWith('.csv') ? 'file' : 'sheet'} is missing: the dataset's id, name, publisher, date and licence go there`,
      ),
    );
  }
  const byId = new Map<string, { record: Record<string, unknown>; prefix: string }>();
  for (const name of ['organisations', 'services'] as const) {
    collections[name]?.forEach((rec, i) => {
      byId.set(rec.id as string, { record: rec, prefix: `${name}[${i}]` });
    });
  }
  for (const n of nested) {
    const id = resolve(index, n.to, n.owner, n.at, problems);
    const owner = byId.get(id);
    if (!owner) continue;
    const list = listIn(owner.record, n.field);
    origins.set(`${owner.prefix}.${n.field}[${list.length}]`, n.origin);
    list.push(n.item);
  }

  const validation = validateDataset(file);
  const seen = new Set(
    [...problems, ...silent]
      .filter((p) => p.row !== undefined)
      .map((p) => `${p.table}|${p.row}|${p.column ?? ''}`),
  );
  const seenRows = new Set(
    problems.filter((p) => p.severity === 'error' && p.row !== undefined).map((p) => `${p.table}|${p.row}`),
  );
  for (const p of validation.problems) {
    const at = locate(p.path, origins);
    if (!at) {
      problems.push(p);
      continue;
    }
    // A cell already reported while reading is not reported again by validation.
    if (seen.has(`${at.table}|${at.row}|${at.column ?? ''}`)) continue;
    if (at.column === undefined && seenRows.has(`${at.table}|${at.row}`)) continue;
    problems.push({
      ...p,
      source: at.table,
      table: at.table,
      row: at.row,
      ...(at.column !== undefined && { column: at.column }),
    });
  }
  return { file, data: validation.data, problems, ...countProblems(problems) };
}

/** How many cells of a row are headers of the sheet. */
function headerScore(spec: SheetSpec, cells: readonly string[]): number {
  const known = new Set(spec.columns.map((c) => fold(c.header)));
  return cells.filter((c) => known.has(fold(String(c ?? '')))).length;
}

/**
 * Finds the header row when it is not row 1 (a title row above it, a blank first row, a row of
 * merged group headings) and says so once, instead of one error per cell below. The rows above it
 * are skipped; row numbers in later problems stay those of the file.
 */
function locateHeaderRow(
  spec: SheetSpec,
  table: Table,
  label: string,
  problems: CellProblem[],
): { table: Table; offset: number } {
  const first = headerScore(spec, table.headers);
  if (first >= Math.min(2, spec.columns.length)) return { table, offset: 0 };
  let best = -1;
  let bestScore = first;
  table.rows.slice(0, 10).forEach((cells, i) => {
    const score = headerScore(spec, cells);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best < 0) return { table, offset: 0 };
  const at = best + 2;
  problems.push(
    cellProblem(
      'warning',
      'invalid-format',
      { table: label, row: at },
      `rubrikerna ska stå på rad 1, men står på rad ${at}; raderna ovanför hoppas över. Ta bort dem (titelrader, tomma rader) så att rubrikerna hamnar på rad 1.`,
      `the headers must be on row 1, but are on row ${at}; the rows above are skipped. Delete them (title rows, blank rows) so the headers are on row 1.`,
    ),
  );
  return {
    table: { ...table, headers: table.rows[best]!, rows: table.rows.slice(best + 1) },
    offset: best + 1,
  };
}

function mapHeaders(
  spec: SheetSpec,
  table: Table,
  label: string,
  problems: CellProblem[],
  headerRow = 1,
): Array<ColumnSpec | undefined> {
  const seen = new Map<ColumnSpec, number>();
  const columns = table.headers.map((h, i) => {
    const header = String(h ?? '').trim();
    const hasValues = table.rows.some((r) => String(r[i] ?? '').trim() !== '');
    if (!header) {
      // A column without a header is read by nobody: with values in it that is data lost, usually
      // from a merged header cell spanning two columns.
      if (hasValues) {
        problems.push(
          cellProblem(
            'error',
            'required',
            { table: label, row: headerRow, column: columnLetter(i) },
            `kolumn ${columnLetter(i)} har värden men ingen rubrik (en sammanslagen rubrikcell?); rubrikerna ska stå på rad 1, en i varje kolumn`,
            `column ${columnLetter(i)} has values but no header (a merged header cell?); the headers must be on row 1, one in each column`,
          ),
        );
      }
      return undefined;
    }
    const column = spec.columns.find((c) => fold(c.header) === fold(header));
    if (column && seen.has(column)) {
      problems.push(
        cellProblem(
          'error',
          'invalid-value',
          { table: label, row: headerRow, column: header },
          `rubriken "${header}" står i både kolumn ${columnLetter(seen.get(column)!)} och ${columnLetter(i)} (en sammanslagen rubrikcell?); bara den första läses`,
          `the header "${header}" is in both column ${columnLetter(seen.get(column)!)} and ${columnLetter(i)} (a merged header cell?); only the first is read`,
        ),
      );
      return undefined;
    }
    if (column) seen.set(column, i);
    if (!column) {
      problems.push(
        cellProblem(
          'warning',
          'unknown-field',
          { table: label, row: headerRow, column: header },
          'okänd kolumn hoppas över',
          'unknown column is skipped',
        ),
      );
    }
    return column;
  });
  for (const c of spec.columns) {
    if (c.required && !columns.includes(c)) {
      problems.push(
        cellProblem(
          'error',
          'required',
          { table: label, row: headerRow, column: c.header },
          'kolumnen saknas',
          'the column is missing',
        ),
      );
    }
  }
  return columns;
}

/** 0 → A, 25 → Z, 26 → AA: the column as the spreadsheet names it. */
function columnLetter(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function readCell(
  column: ColumnSpec,
  cell: string,
  record: Record<string, unknown>,
  at: Cell,
  refs: PendingRef[],
  problems: CellProblem[],
): void {
  const k = column.kind;
  const bad = (sv: string, en: string, code: CellProblem['code'] = 'invalid-value') =>
    problems.push(cellProblem('error', code, at, sv, en));
  switch (k.type) {
    case 'enum':
    case 'enums': {
      const map = SV_VALUES[k.values] as Record<string, string>;
      const one = (word: string): string => {
        const alias = Object.entries(SV_ALIASES[k.values] ?? {}).find(([w]) => fold(w) === fold(word))?.[1];
        const hit =
          alias ??
          Object.entries(map).find(([en, sv]) => fold(sv) === fold(word) || fold(en) === fold(word))?.[0];
        if (hit) return hit;
        const allowed = Object.values(map);
        const near = closest(word, allowed);
        bad(
          `okänt värde "${word}"${near ? ` (menade du ${near}?)` : ''}; tillåtna: ${allowed.join(', ')}`,
          `unknown value "${word}"${near ? ` (did you mean ${near}?)` : ''}; allowed: ${allowed.join(', ')}`,
        );
        return word;
      };
      setPath(record, column.path, k.type === 'enum' ? one(cell) : split(cell).map(one));
      return;
    }
    case 'words':
      if (column.path) setPath(record, column.path, split(cell));
      return;
    case 'externalIds': {
      // `hsds:ac148810-… (2024-09-03T10:30:45Z)`: scheme, id and the source's modified time.
      const list = split(cell).map((item) => {
        const m = /^([^:\s]+):(\S+)(?:\s+\((.+)\))?$/.exec(item);
        return m
          ? { scheme: m[1]!, id: m[2]!, ...(m[3] && { modified: m[3] }) }
          : { scheme: 'okänt', id: item };
      });
      setPath(record, column.path, list);
      return;
    }
    case 'sources': {
      const list = split(cell);
      setPath(record, column.path, list.length === 1 ? list[0] : list);
      return;
    }
    case 'ref':
    case 'refs':
      refs.push({
        record,
        path: column.path,
        values: k.type === 'ref' ? [cell] : split(cell),
        single: k.type === 'ref',
        to: k.to,
        at,
      });
      return;
    case 'kommuner': {
      const codes = split(cell).map((name) => {
        // A spreadsheet that took "0180" for a number shows 180.
        const m = findMunicipality(/^\d{3}$/.test(name) ? `0${name}` : name);
        if (m) return m.code;
        const s = suggestMunicipalities(name, 1)[0];
        bad(
          `okänd kommun "${name}"${s ? ` (menade du ${s.name}?)` : ''}`,
          `unknown municipality "${name}"${s ? ` (did you mean ${s.name}?)` : ''}`,
          'unknown-municipality',
        );
        return name;
      });
      setPath(record, column.path, codes);
      return;
    }
    case 'number':
    case 'int': {
      const n = Number(
        cell
          .replace(/[\s\u00a0]/g, '')
          .replace(',', '.')
          .replace(/^−/, '-'),
      );
      if (!Number.isFinite(n) || (k.type === 'int' && !Number.isInteger(n))) {
        bad(
          `"${cell}" är inte ${k.type === 'int' ? 'ett heltal' : 'ett tal'}`,
          `"${cell}" is not ${k.type === 'int' ? 'an integer' : 'a number'}`,
          'invalid-type',
        );
        return;
      }
      setPath(record, column.path, n);
      return;
    }
    case 'bool': {
      const v = fold(cell);
      if (['ja', 'j', 'yes', 'true', 'x', '1'].includes(v)) setPath(record, column.path, true);
      else if (['nej', 'n', 'no', 'false', '0'].includes(v)) setPath(record, column.path, false);
      else
        bad(
          `skriv ja eller nej, inte "${cell}"`,
          `write ja (yes) or nej (no), not "${cell}"`,
          'invalid-type',
        );
      return;
    }
    default:
      setPath(record, column.path, cell);
  }
}

/** Gives records without an id one made from their name. */
function assignIds(collections: Record<string, Array<Record<string, unknown>>>) {
  const groups = [['organisations', 'services'], ['taxonomy'], ['sources']];
  for (const names of groups) {
    const taken = new Set<string>();
    for (const n of names)
      for (const r of collections[n] ?? []) if (typeof r.id === 'string') taken.add(r.id);
    for (const n of names) {
      for (const r of collections[n] ?? []) {
        if (r.id !== undefined) continue;
        const name = localize((r.name ?? r.label ?? r.title) as never);
        if (name) r.id = uniqueId(slugify(name), taken);
      }
    }
  }
}

type Index = Record<
  'organisation' | 'service' | 'source' | 'targetGroup' | 'method' | 'serviceType' | 'indicator',
  Map<string, { id: string; name: string }>
>;

function buildIndex(
  collections: Record<string, Array<Record<string, unknown>>>,
  metaId: unknown,
): Index & { metaId?: string } {
  const index: Index & { metaId?: string } = {
    organisation: new Map(),
    service: new Map(),
    source: new Map(),
    targetGroup: new Map(),
    method: new Map(),
    serviceType: new Map(),
    indicator: new Map(),
  };
  if (typeof metaId === 'string') index.metaId = metaId;
  const add = (map: Map<string, { id: string; name: string }>, id: unknown, names: unknown[]) => {
    if (typeof id !== 'string') return;
    const name = localize(names[0] as never) || id;
    map.set(id, { id, name });
    for (const n of names) {
      for (const text of typeof n === 'string' ? [n] : n && typeof n === 'object' ? Object.values(n) : []) {
        if (typeof text === 'string' && !map.has(fold(text))) map.set(fold(text), { id, name });
      }
    }
  };
  for (const o of collections.organisations ?? []) add(index.organisation, o.id, [o.name, o.shortName]);
  for (const s of collections.services ?? []) add(index.service, s.id, [s.name]);
  for (const s of collections.sources ?? []) add(index.source, s.id, [s.title]);
  const terms = [...(collections.taxonomy ?? []), ...DEFAULT_TAXONOMY, ...FOLLOW_UP_INDICATOR_TERMS] as Array<
    Record<string, unknown>
  >;
  // Ids first (a dataset's term replaces a default one), then labels, then synonyms.
  for (const t of terms) {
    const map = index[t.scheme as keyof Index];
    if (map && typeof t.id === 'string' && !map.has(t.id))
      map.set(t.id, { id: t.id, name: localize(t.label as never) || t.id });
  }
  for (const t of terms) {
    const map = index[t.scheme as keyof Index];
    if (map) add(map, t.id, [t.label]);
  }
  for (const t of terms) {
    const map = index[t.scheme as keyof Index];
    if (map && Array.isArray(t.synonyms)) add(map, t.id, [t.label, ...t.synonyms]);
  }
  return index;
}

const TARGET_SV: Record<RefTarget, [string, string]> = {
  organisation: ['organisation', 'organisation'],
  service: ['insats', 'insats'],
  record: ['organisation eller insats', 'organisation or insats'],
  subject: ['organisation eller insats', 'organisation or insats'],
  source: ['källa', 'source'],
  targetGroup: ['målgrupp', 'target group'],
  method: ['metod', 'method'],
  serviceType: ['insatstyp', 'kind of insats'],
  indicator: ['indikator', 'indicator'],
};

/** The id a cell value names (an id or a name), or the value itself after reporting it unknown. */
function resolve(
  index: Index & { metaId?: string },
  to: RefTarget,
  value: string,
  at: Cell,
  problems: CellProblem[],
): string {
  if (to === 'subject' && value === index.metaId) return value;
  const maps =
    to === 'record' || to === 'subject' ? [index.organisation, index.service] : [index[to as keyof Index]];
  for (const map of maps) {
    const hit = map.get(value) ?? map.get(fold(value));
    if (hit) return hit.id;
  }
  const candidates = maps.flatMap((m) => [...m.values()]);
  const near = closest(value, [...new Set(candidates.map((c) => c.name))]);
  const [sv, en] = TARGET_SV[to];
  // An indicator outside the vocabulary is only a warning in the format; the rest must exist.
  problems.push(
    cellProblem(
      to === 'indicator' ? 'warning' : 'error',
      'missing-reference',
      at,
      `okänd ${sv} "${value}"${near ? ` (menade du ${near}?)` : ''}`,
      `unknown ${en} "${value}"${near ? ` (did you mean ${near}?)` : ''}`,
    ),
  );
  return value;
}

/** The candidate closest to `input` when it is close enough to be a likely typo. */
function closest(input: string, candidates: readonly string[]): string | undefined {
  const f = fold(input);
  // A beginning of a value ("individ" for individinsats) is as good a hint as a typo.
  const prefixed = f.length >= 3 ? candidates.filter((c) => fold(c).startsWith(f)) : [];
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(f, fold(c));
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(f.length / 4)) ? best : undefined;
}

/** The cell a validation problem's path points into, via the origins recorded while reading. */
function locate(
  path: string,
  origins: Map<string, Origin>,
): { table: string; row: number; column?: string } | undefined {
  let best: string | undefined;
  for (const prefix of origins.keys()) {
    if (
      (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) &&
      (!best || prefix.length > best.length)
    ) {
      best = prefix;
    }
  }
  if (best === undefined) return undefined;
  const origin = origins.get(best)!;
  const rest = path
    .slice(best.length)
    .replace(/\[\d+\]/g, '')
    .replace(/^\./, '');
  if (!rest) return { table: origin.table, row: origin.row };
  const column =
    origin.columns.find((c) => c.path === rest) ??
    origin.columns.find((c) => c.path.startsWith(`${rest}.`)) ??
    origin.columns.find((c) => c.path !== '' && rest.startsWith(`${c.path}.`));
  return { table: origin.table, row: origin.row, ...(column && { column: column.header }) };
}

/** The list at `obj[key]`, created when missing. */
function listIn<T = Record<string, unknown>>(obj: Record<string, unknown>, key: string): T[] {
  if (!Array.isArray(obj[key])) obj[key] = [];
  return obj[key] as T[];
}
