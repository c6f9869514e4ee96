import { strToU8, zipSync } from 'fflate';
import { SHEETS } from './sheets.js';
import type { Table } from './table.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot hold.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 cannot hold most control characters; Excel's own `_xHHHH_` escape keeps them.
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);

function columnName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A small XLSX workbook from tables, for the browser (no Node APIs): one sheet per table, a bold and
 * frozen header row, number columns as numbers, every other cell as text (a text cell is never read as
 * a formula). The CLI's template (`export xlsx`) adds drop-down lists and help sheets on top.
 */
export function tablesToXlsx(tables: readonly Table[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const sheetEntries: string[] = [];
  const rels: string[] = [];
  const overrides: string[] = [];
  tables.forEach((table, t) => {
    const spec = SHEETS.find((s) => s.name === table.name);
    const numeric = table.headers.map((h) => {
      const kind = spec?.columns.find((c) => c.header === h)?.kind.type;
      return kind === 'number' || kind === 'int';
    });
    const rows = [table.headers, ...table.rows].map((row, r) => {
      const cells = row
        .map((value, c) => {
          if (value === '') return '';
          const ref = `${columnName(c)}${r + 1}`;
          if (r > 0 && numeric[c] && Number.isFinite(Number(value)))
            return `<c r="${ref}"><v>${Number(value)}</v></c>`;
          return `<c r="${ref}" t="inlineStr"${r === 0 ? ' s="1"' : ''}><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    });
    const widths = table.headers
      .map((h, c) => {
        const w = Math.min(60, Math.max(10, h.length + 2, ...table.rows.map((r) => (r[c] ?? '').length + 2)));
        return `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`;
      })
      .join('');
    files[`xl/worksheets/sheet${t + 1}.xml`] = strToU8(
      `${XML}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>${widths ? `<cols>${widths}</cols>` : ''}<sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const name = table.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
    sheetEntries.push(`<sheet name="${esc(name)}" sheetId="${t + 1}" r:id="rId${t + 1}"/>`);
    rels.push(
      `<Relationship Id="rId${t + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${t + 1}.xml"/>`,
    );
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${t + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
  });
  const n = tables.length;
  rels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  files['[Content_Types].xml'] = strToU8(
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetEntries.join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(
    `${XML}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
  );
  return zipSync(files, { level: 6 });
}
