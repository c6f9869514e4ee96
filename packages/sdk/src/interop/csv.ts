import Papa from 'papaparse';
import type { Table } from './table.js';

/**
 * A table as CSV text: comma-separated, UTF-8 with a byte-order mark so Excel shows å, ä, ö right,
 * CRLF line ends, every cell that needs it quoted.
 */
export function tableToCsv(table: Table): string {
  return `\uFEFF${Papa.unparse({ fields: table.headers, data: table.rows }, { newline: '\r\n' })}\r\n`;
}

/**
 * Reads CSV text into a table. The delimiter is detected (Excel with Swedish settings saves with
 * semicolons), a byte-order mark is dropped, and blank lines are kept so row numbers match the file.
 */
export function csvToTable(name: string, text: string, label?: string): Table {
  const body = text.replace(/^\uFEFF/, '').replace(/(\r?\n)+$/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  // The header row has no lists, so the delimiter is whichever of , ; or tab it holds most of.
  const delimiter = [',', ';', '\t']
    .map((d) => [d, firstLine.split(d).length] as const)
    .sort((a, b) => b[1] - a[1])[0]![0];
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const [headers = [], ...rows] = parsed.data;
  return { name, headers, rows, ...(label !== undefined && { label }) };
}
