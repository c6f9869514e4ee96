/** A CSV cell: text, a number (formatted for the chosen decimal mark) or empty. */
export type CsvCell = string | number | boolean | null | undefined;

/** A table for CSV export: header row plus data rows. Numbers stay numbers until formatted. */
export interface CsvTable {
  headers: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>;
}

export interface CsvOptions {
  /** Field separator; default `;`, what Excel with Swedish settings reads. */
  delimiter?: ',' | ';' | '\t';
  /** Decimal comma in numbers; default true with `;`, false otherwise. */
  decimalComma?: boolean;
}

/** Cells a spreadsheet would run as a formula start with one of these (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The one CSV writer every export uses: UTF-8 with a byte-order mark (so Excel shows å, ä, ö),
 * CRLF line ends, fields quoted when they hold the separator, a quote or a line break. Text that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets
 * a leading apostrophe, so `=HYPERLINK(…)` from data is shown, never run; `csvToTable` removes it
 * again on import. Numbers are written as numbers.
 */
export function toCsv(
  table: CsvTable | ReadonlyArray<ReadonlyArray<CsvCell>>,
  options: CsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const decimalComma = options.decimalComma ?? delimiter === ';';
  const rows = 'headers' in table ? [table.headers, ...table.rows] : table;
  const needsQuotes = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}"\\r\\n]`);
  const field = (value: CsvCell): string => {
    if (value === undefined || value === null) return '';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return '';
      return decimalComma ? String(value).replace('.', ',') : String(value);
    }
    const text = neutraliseFormula(String(value));
    return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(delimiter)).join('\r\n')}\r\n`;
}

/** `=SUM(A1)` → `'=SUM(A1)`: a text cell that no spreadsheet runs as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseFormula` on a cell read back from CSV. */
export function restoreFormulaText(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
