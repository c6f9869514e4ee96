import Papa from 'papaparse';
import { restoreFormulaText, toCsv } from '../text/csv.js';
import type { Table } from './table.js';

/**
 * A table as CSV text through the SDK's one writer: comma-separated, UTF-8 with a byte-order mark,
 * CRLF line ends, quoted where needed, formula-like cells neutralised.
 */
export function tableToCsv(table: Table): string {
  return toCsv(table, { delimiter: ',' });
}

/**
 * Reads CSV text into a table. The delimiter is detected (Excel with Swedish settings saves with
 * semicolons), a byte-order mark is dropped, and blank lines are kept so row numbers match the file.
 */
export function csvToTable(name: string, text: string, label?: string): Table {
  // `\r\r\n` (a CRLF file saved again through a program that added CR) is one line end, not two.
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/\r+\n/g, '\n')
    .replace(/\r/g, '\n')
    .replace(/\n+$/, '');
  const firstLine = body.split('\n', 1)[0] ?? '';
  // The header row has no lists, so the delimiter is whichever of , ; or tab it holds most of.
  const delimiter = [',', ';', '\t']
    .map((d) => [d, firstLine.split(d).length] as const)
    .sort((a, b) => b[1] - a[1])[0]![0];
  const parsed = Papa.parse<string[]>(body, { delimiter, newline: '\n', skipEmptyLines: false });
  const [headers = [], ...rows] = parsed.data.map((r) => r.map(restoreFormulaText));
  return { name, headers, rows, ...(label !== undefined && { label }) };
}
