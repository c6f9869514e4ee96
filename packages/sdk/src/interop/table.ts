import type { Problem, ProblemCode, Severity } from '../problems/problem.js';

/** One sheet (or CSV file) of a dataset: a header row and rows of text cells. */
export interface Table {
  /** Sheet name, e.g. `insatser` (the CSV file is `insatser.csv`). */
  name: string;
  headers: string[];
  rows: string[][];
  /** How problems name the table, e.g. `insatser.csv` or `data.xlsx, blad "insatser"`; default `<name>.csv`. */
  label?: string;
  /** Problems found while reading the file (e.g. its encoding), reported with the table's. */
  problems?: CellProblem[];
}

/** A problem in a spreadsheet, pointing at a row (1 = header row) and, when known, a column. */
export interface CellProblem extends Problem {
  table?: string;
  row?: number;
  column?: string;
}

/** `insatser.csv rad 14, kolumn "kommuner": okänd kommun "Vesterås" (menade du Västerås?)` */
export function formatCellProblem(p: CellProblem, lang: 'sv' | 'en' = 'sv'): string {
  const parts: string[] = [];
  if (p.table) parts.push(p.table);
  if (p.row !== undefined) parts.push(lang === 'sv' ? `rad ${p.row}` : `row ${p.row}`);
  let where = parts.join(' ');
  if (p.column !== undefined)
    where += `${where ? ', ' : ''}${lang === 'sv' ? 'kolumn' : 'column'} "${p.column}"`;
  if (!where) where = p.source ? `${p.source}${p.path ? `: ${p.path}` : ''}` : p.path;
  return where ? `${where}: ${p.message[lang]}` : p.message[lang];
}

export function cellProblem(
  severity: Severity,
  code: ProblemCode,
  at: { table: string; row?: number; column?: string },
  sv: string,
  en: string,
): CellProblem {
  const path = [
    at.row !== undefined ? `rad ${at.row}` : '',
    at.column !== undefined ? `kolumn "${at.column}"` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return { severity, code, path, source: at.table, message: { sv, en }, ...at };
}

/** The label problems use for a table. */
export function tableLabel(t: Table): string {
  return t.label ?? `${t.name}.csv`;
}
