import type { Lang, Problem, Severity } from '@samordningskartan/sdk';

/** A problem as the SDK's reader gives it: at a sheet (table label), row and column when known. */
export interface ReadProblem extends Problem {
  table?: string;
  row?: number;
  column?: string;
}

/** A sheet or CSV file as read (what the worker sends back). */
export interface ReadTable {
  name: string;
  headers: string[];
  rows: string[][];
  label?: string;
}

/** One problem, located and with the cell's value and the suggestion when there is one. */
export interface ProblemItem {
  /** Index in the reader's list (stable id for selection). */
  index: number;
  problem: ReadProblem;
  sheet?: string;
  row?: number;
  column?: string;
  /** The cell's text; undefined when the problem is not at a cell. */
  value?: string;
  /** The "menade du …" of the message, in the UI language. */
  suggestion?: string;
}

/** Problems with the same fix: the same kind of problem in the same column. */
export interface ProblemGroup {
  key: string;
  code: string;
  column?: string;
  /** The worst severity in the group. */
  severity: Severity;
  items: ProblemItem[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SUGGESTION = { sv: /\(menade du (.+?)\?\)/, en: /\(did you mean (.+?)\?\)/ };

/** The table a problem points at (by its label, e.g. `data.xlsx, blad "insatser"`, or `insatser.csv`). */
export function tableOf(p: ReadProblem, tables: readonly ReadTable[]): ReadTable | undefined {
  if (!p.table) return undefined;
  return tables.find((t) => (t.label ?? `${t.name}.csv`) === p.table);
}

/** The row a problem points at, as [header, value] pairs, when it points at a row of a table. */
export function rowOf(p: ReadProblem, tables: readonly ReadTable[]): Array<[string, string]> | undefined {
  const t = tableOf(p, tables);
  const cells = t && p.row !== undefined && p.row >= 2 ? t.rows[p.row - 2] : undefined;
  return cells && t ? t.headers.map((h, i) => [h, cells[i] ?? '']) : undefined;
}

/**
 * Groups problems by what to fix: errors before warnings, then by kind of problem and column, each
 * group in file order. Every problem is kept.
 */
export function groupProblems(
  problems: readonly ReadProblem[],
  tables: readonly ReadTable[],
  lang: Lang,
): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  problems.forEach((problem, index) => {
    const table = tableOf(problem, tables);
    const col = table && problem.column !== undefined ? table.headers.indexOf(problem.column) : -1;
    const row = rowOf(problem, tables);
    const item: ProblemItem = {
      index,
      problem,
      ...((table?.name ?? problem.table) !== undefined && { sheet: table?.name ?? problem.table }),
      ...(problem.row !== undefined && { row: problem.row }),
      ...(problem.column !== undefined && { column: problem.column }),
      ...(row && col >= 0 && { value: row[col]![1] }),
    };
    const suggestion = SUGGESTION[lang].exec(problem.message[lang])?.[1];
    if (suggestion) item.suggestion = suggestion;
    const key = `${problem.severity === 'error' ? 'error' : 'other'}|${problem.code}|${problem.column ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        code: problem.code,
        ...(problem.column !== undefined && { column: problem.column }),
        severity: problem.severity,
        items: [],
      };
      groups.set(key, group);
    }
    if (RANK[problem.severity] < RANK[group.severity]) group.severity = problem.severity;
    group.items.push(item);
  });
  return [...groups.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
