/** A table for CSV export: header row plus data rows. Numbers stay numbers until formatted. */
export interface CsvTable {
  headers: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>;
}

/**
 * Formats a table as CSV the way Swedish spreadsheet programs read it: `;` between fields, decimal
 * comma, CRLF line ends and a byte-order mark so Excel sees UTF-8. Fields holding `;`, quotes or line
 * breaks are quoted; text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a leading
 * apostrophe.
 */
export function toCsv(table: CsvTable): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
