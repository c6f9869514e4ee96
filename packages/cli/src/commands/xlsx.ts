import { DEFAULT_TAXONOMY, FOLLOW_UP_INDICATOR_TERMS, localize } from '@samordningskartan/sdk';
import { SHEETS, SV_VALUES, type Table } from '@samordningskartan/sdk/interop';
import ExcelJS from 'exceljs';

const HELP_SHEET = 'hjälp';
const VOCABULARY_SHEET = 'vokabulär';

/**
 * Tables as an XLSX workbook: one sheet per table with a bold, frozen header row, number columns as
 * numbers, drop-down lists for columns with fixed values, a help sheet describing every column and a
 * sheet listing the built-in vocabulary (both are skipped on import).
 */
export async function tablesToXlsx(tables: readonly Table[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samordningskartan';
  for (const table of tables) {
    const spec = SHEETS.find((s) => s.name === table.name);
    const ws = wb.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(table.headers);
    ws.getRow(1).font = { bold: true };
    table.headers.forEach((h, i) => {
      const column = spec?.columns.find((c) => c.header === h);
      const width = Math.min(
        60,
        Math.max(h.length + 2, ...table.rows.map((r) => (r[i] ?? '').length + 2), 10),
      );
      ws.getColumn(i + 1).width = width;
      if (column?.help) ws.getCell(1, i + 1).note = column.help;
    });
    for (const row of table.rows) {
      ws.addRow(
        row.map((cell, i) => {
          const kind = spec?.columns.find((c) => c.header === table.headers[i])?.kind.type;
          return (kind === 'number' || kind === 'int') && cell !== '' && Number.isFinite(Number(cell))
            ? Number(cell)
            : cell;
        }),
      );
    }
    // Drop-downs for the fixed values, over the rows there are and room for more.
    const last = Math.max(table.rows.length + 1, 500);
    table.headers.forEach((h, i) => {
      const kind = spec?.columns.find((c) => c.header === h)?.kind;
      const values =
        kind?.type === 'enum'
          ? Object.values(SV_VALUES[kind.values])
          : kind?.type === 'bool'
            ? ['ja', 'nej']
            : undefined;
      if (!values) return;
      for (let r = 2; r <= last; r++) {
        ws.getCell(r, i + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${values.join(',')}"`],
          showErrorMessage: true,
          errorStyle: 'warning',
          error: `Välj ett av: ${values.join(', ')}`,
        };
      }
    });
  }
  const help = wb.addWorksheet(HELP_SHEET);
  help.addRow(['blad', 'kolumn', 'obligatorisk', 'förklaring']);
  help.getRow(1).font = { bold: true };
  for (const sheet of SHEETS) {
    help.addRow([sheet.name, '', '', sheet.help]).font = { italic: true };
    for (const c of sheet.columns) help.addRow([sheet.name, c.header, c.required ? 'ja' : '', c.help]);
  }
  // The built-in vocabulary, so målgrupper, metoder and insatstyper can be picked by name or id.
  const vocabulary = wb.addWorksheet(VOCABULARY_SHEET);
  vocabulary.addRow(['vokabulär', 'id', 'namn', 'synonymer']);
  vocabulary.getRow(1).font = { bold: true };
  for (const t of [...DEFAULT_TAXONOMY, ...FOLLOW_UP_INDICATOR_TERMS]) {
    vocabulary.addRow([SV_VALUES.scheme[t.scheme], t.id, localize(t.label), (t.synonyms ?? []).join('; ')]);
  }
  vocabulary.getColumn(1).width = 12;
  vocabulary.getColumn(2).width = 24;
  vocabulary.getColumn(3).width = 50;
  vocabulary.getColumn(4).width = 50;
  help.getColumn(1).width = 16;
  help.getColumn(2).width = 26;
  help.getColumn(3).width = 12;
  help.getColumn(4).width = 100;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
