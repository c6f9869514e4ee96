import type { Lang } from '../text/localized.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One thing wrong (or worth knowing) about a dataset. `path` points into the file in JavaScript
 * notation, e.g. `services[3].municipalities[0]`; `message` is given in Swedish and English.
 */
export interface Problem {
  severity: Severity;
  path: string;
  code: ProblemCode;
  message: { sv: string; en: string };
  /** The source (URL or label) the problem was found in, when several were loaded. */
  source?: string;
  /** True when nothing could be loaded from the source (network error, not JSON, newer format). */
  fatal?: boolean;
  /**
   * True when trying again later may help (a network error, a timeout, a 5xx answer); a UI offers
   * "try again" only then. Absent for problems the data's publisher must fix.
   */
  transient?: boolean;
  /** The HTTP status of an `http-error`. */
  status?: number;
  /** The id of the record the path points into, when it has one (`path` gives its index). */
  recordId?: string;
}

export type ProblemCode =
  // Transport and parsing
  | 'network-error'
  | 'http-error'
  | 'timeout'
  | 'html-instead-of-json'
  | 'empty-body'
  | 'invalid-json'
  | 'not-utf8'
  | 'not-an-object'
  | 'missing-format-version'
  | 'unsupported-format-version'
  // Schema
  | 'invalid-type'
  | 'required'
  | 'too-small'
  | 'too-big'
  | 'invalid-format'
  | 'invalid-value'
  | 'unknown-municipality'
  | 'unsafe-url'
  | 'unknown-field'
  | 'invalid-record'
  // Integrity
  | 'duplicate-id'
  | 'missing-reference'
  | 'wrong-reference-kind'
  | 'self-relation'
  | 'parent-cycle'
  | 'invalid-range'
  | 'status-period-mismatch'
  // Merge
  | 'merged-organisation'
  | 'conflicting-id'
  | 'conflicting-value'
  // A prebuilt search index that does not belong to its file (it is then not used)
  | 'stale-index';

/** `services[id=spira].municipalities[0]: okänd kommunkod "1981"` (the id when known, else the index). */
export function formatProblem(p: Problem, lang: Lang = 'sv'): string {
  const where = p.source ? `${p.source}: ` : '';
  return `${where}${p.path ? `${displayPath(p)}: ` : ''}${p.message[lang]}`;
}

/** The path with the record named by id: `services[3].links[0]` → `services[id=spira].links[0]`. */
export function displayPath(p: Pick<Problem, 'path' | 'recordId'>): string {
  if (p.recordId === undefined) return p.path;
  return p.path.replace(/^([A-Za-z]+)\[\d+\]/, (_, c: string) => `${c}[id=${p.recordId}]`);
}

/** `["services", 3, "municipalities", 0]` → `services[3].municipalities[0]` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function problem(
  severity: Severity,
  path: string,
  code: ProblemCode,
  sv: string,
  en: string,
  extra?: Partial<Problem>,
): Problem {
  return { severity, path, code, message: { sv, en }, ...extra };
}

/** Counts errors and warnings. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    else if (p.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}
