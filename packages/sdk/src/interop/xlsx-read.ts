import { unzipSync } from 'fflate';
import type { Table } from './table.js';

/**
 * Reads every sheet of an XLSX workbook as a table of text cells, in the browser and in Node alike:
 * fflate unzips (about 4 kB min+gzip for inflate only) and the sheet XML, which is regular, is read
 * with a few regular expressions instead of a DOM (a worker has none). Cells read as the CLI always
 * read them: shared, inline and formula strings as text, numbers as JavaScript prints them, date-formatted
 * numbers as ÅÅÅÅ-MM-DD, booleans as "true"/"false", errors as empty, and a merged range carries its
 * first cell's value into every cell it covers.
 *
 * Throws an Error with a Swedish message naming the file when it is not a workbook.
 */
export function xlsxToTables(data: ArrayBuffer | Uint8Array, fileLabel: string): Table[] {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let zip: Record<string, Uint8Array>;
  try {
    zip = unzipSync(bytes, {
      filter: (f) => f.name.startsWith('xl/') && /\.(xml|rels)$/.test(f.name) && !f.name.includes('/theme/'),
    });
  } catch (error) {
    throw new Error(
      `${fileLabel} är ingen Excel-arbetsbok (.xlsx) eller är skadad: ${(error as Error).message}`,
    );
  }
  const text = (name: string) => {
    const file = zip[name];
    return file ? new TextDecoder().decode(file) : undefined;
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new Error(`${fileLabel} är ingen Excel-arbetsbok (.xlsx): xl/workbook.xml saknas.`);
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const shared = sharedStrings(text('xl/sharedStrings.xml') ?? '');
  const dates = dateStyles(text('xl/styles.xml') ?? '');
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);
  const tables: Table[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = unescapeXml(attr(m[1]!, 'name') ?? '');
    const target = rels.get(attr(m[1]!, 'r:id') ?? attr(m[1]!, 'id') ?? '');
    const xml = target ? text(target.replace(/\/\.\//g, '/')) : undefined;
    if (xml === undefined) continue;
    const rows = readSheet(xml, shared, dates, date1904);
    const [headers = [], ...body] = rows;
    while (headers.length && headers[headers.length - 1] === '') headers.pop();
    tables.push({
      name,
      headers,
      rows: body.map((r) => {
        const row = r.slice(0, headers.length);
        while (row.length < headers.length) row.push('');
        return row;
      }),
      label: `${fileLabel}, blad "${name}"`,
    });
  }
  return tables;
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}="([^"]*)"`).exec(attrs);
  return m?.[1];
}

function unescapeXml(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
      if (e[0] === '#')
        return String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e]!;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

/** The text of an `<si>` or `<is>`: every `<t>` run, without phonetic (`<rPh>`) runs. */
function runText(xml: string): string {
  let out = '';
  for (const m of xml
    .replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '')
    .matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    out += unescapeXml(m[1] ?? '');
  return out;
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) =>
    runText(m[1] ?? ''),
  );
}

// Excel's built-in date formats (14–17, 22; 18–21 and 45–47 are times of day, kept as numbers).
const BUILTIN_DATES = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);

/** Which cell style indexes (`s="…"`) format a number as a date. */
function dateStyles(xml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const id = Number(attr(m[1]!, 'numFmtId'));
    custom.set(id, unescapeXml(attr(m[1]!, 'formatCode') ?? ''));
  }
  const isDate = (id: number) => {
    if (BUILTIN_DATES.has(id)) return true;
    const code = custom.get(id);
    if (!code) return false;
    // Quoted text, escaped characters and [colour]/[$-locale] parts say nothing about dates.
    const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
    return /[dy]/i.test(bare);
  };
  const styles = new Set<number>();
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  let i = 0;
  for (const m of cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    if (isDate(Number(attr(m[1]!, 'numFmtId') ?? 0))) styles.add(i);
    i++;
  }
  return styles;
}

/** "AB12" → [11, 27] (zero-based row and column). */
function cellRef(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, col - 1];
}

function serialToDate(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? 24107 : -25569);
  return new Date(Math.round(days * 86_400_000)).toISOString().slice(0, 10);
}

function readSheet(xml: string, shared: string[], dates: Set<number>, date1904: boolean): string[][] {
  const grid: string[][] = [];
  const data = /<(?:\w+:)?sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?sheetData>)/.exec(xml)?.[1] ?? '';
  let r = -1;
  for (const row of data.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const declared = Number(attr(row[1]!, 'r'));
    r = declared > 0 ? declared - 1 : r + 1;
    const cells: string[] = [];
    let c = -1;
    for (const cell of (row[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const at = cellRef(attr(cell[1]!, 'r') ?? '');
      c = at ? at[1] : c + 1;
      const body = cell[2] ?? '';
      const type = attr(cell[1]!, 't') ?? 'n';
      const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      let value = '';
      if (type === 'inlineStr')
        value = runText(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1] ?? '');
      else if (v === undefined) value = '';
      else if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'str') value = unescapeXml(v);
      else if (type === 'b') value = v.trim() === '1' ? 'true' : 'false';
      else if (type === 'e') value = '';
      else if (type === 'd') value = unescapeXml(v).slice(0, 10);
      else {
        const n = Number(v);
        value = !Number.isFinite(n)
          ? unescapeXml(v)
          : dates.has(Number(attr(cell[1]!, 's') ?? 0))
            ? serialToDate(n, date1904)
            : String(n);
      }
      while (cells.length < c) cells.push('');
      cells[c] = value;
    }
    while (grid.length < r) grid.push([]);
    grid[r] = cells;
  }
  // A merged range shows its first cell's value in every cell (as Excel displays it).
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z$]+\d+):([A-Z$]+\d+)"/g)) {
    const from = cellRef(m[1]!);
    const to = cellRef(m[2]!);
    if (!from || !to) continue;
    const value = grid[from[0]]?.[from[1]] ?? '';
    for (let i = from[0]; i <= to[0]; i++)
      for (let j = from[1]; j <= to[1]; j++) {
        grid[i] ??= [];
        const row = grid[i]!;
        while (row.length < j) row.push('');
        row[j] = value;
      }
  }
  const width = Math.max(0, ...grid.map((row) => row?.length ?? 0));
  return Array.from({ length: grid.length }, (_, i) => {
    const row = grid[i] ?? [];
    return Array.from({ length: width }, (_, j) => row[j] ?? '');
  });
}
