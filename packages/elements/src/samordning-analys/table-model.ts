import { toCsv } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from './labels.js';

/** The tables `<samordning-analys>` shows and exports. */
export type AnalysTable =
  | 'coverage'
  | 'collaboration'
  | 'budget'
  | 'funding'
  | 'other'
  | 'overview'
  // The follow-up section's tables: one per chart, one per owner role under review.
  | `followUp-${number}`
  | `review-${number}`;

/** A cell's value as the CSV writes it: numbers stay numbers, undefined is an empty field. */
export type CellValue = string | number | undefined;

export interface TableCell {
  value: CellValue;
  /** What the HTML shows instead of the formatted value (a button, "0 lucka", "belopp saknas"). */
  view?: TemplateResult | string;
  /** A row header (`<th scope="row">`). */
  header?: boolean;
  numeric?: boolean;
  className?: string;
  /** The number behind a coloured matrix cell, written as `data-count`. */
  count?: number;
}

export interface TableRow {
  cells: TableCell[];
  /** A sum row (bold). */
  total?: boolean;
}

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

/**
 * One analysis table, defined once: `renderTable` draws it as HTML and `tableCsv` writes the same
 * rows as CSV, so the two can never disagree.
 */
export interface TableModel {
  id: AnalysTable;
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  footer?: TableRow[];
  /** The cells hold buttons that the arrow keys move between (`GridNavigation`). */
  grid?: boolean;
}

/** The table as CSV text (header row, body, footer), written by the SDK's one CSV writer. */
export function tableCsv(model: TableModel): string {
  return toCsv({
    headers: model.columns.map((c) => c.label),
    rows: [...model.rows, ...(model.footer ?? [])].map((r) => r.cells.map((c) => c.value)),
  });
}

function cellView(cell: TableCell, fmt: (n: number) => string): TemplateResult | string {
  if (cell.view !== undefined) return cell.view;
  if (typeof cell.value === 'number') return fmt(cell.value);
  return cell.value ?? '';
}

function renderRow(row: TableRow, fmt: (n: number) => string): TemplateResult {
  return html`<tr class=${row.total ? 'total' : nothing}>
    ${row.cells.map((cell) => {
      const className = [cell.numeric ? 'num' : '', cell.className ?? ''].join(' ').trim() || nothing;
      return cell.header
        ? html`<th scope="row" class=${className}>${cellView(cell, fmt)}</th>`
        : html`<td class=${className} data-count=${cell.count ?? nothing}>${cellView(cell, fmt)}</td>`;
    })}
  </tr>`;
}

/**
 * The table in a scroll box of its own: a wide matrix scrolls inside a focusable, labelled region
 * (allowed for data tables by WCAG 1.4.10) while the page never scrolls sideways.
 */
export function renderTable(model: TableModel, fmt: (n: number) => string): TemplateResult {
  const captionId = `${model.id}-caption`;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby=${captionId}>
    <table part="table" id="${model.id}-table" data-grid=${model.grid ? '' : nothing}>
      <caption id=${captionId}>${model.caption}</caption>
      <thead>
        <tr>
          ${model.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : nothing}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.rows.map((r) => renderRow(r, fmt))}
      </tbody>
      ${model.footer?.length ? html`<tfoot>${model.footer.map((r) => renderRow(r, fmt))}</tfoot>` : nothing}
    </table>
  </div>`;
}

/** The "Ladda ner CSV" button of a table, named after its caption. */
export function renderExport(model: TableModel, t: Translate, download: () => void): TemplateResult {
  return html`<div class="actions">
    <button
      type="button"
      class="action"
      data-export=${model.id}
      aria-label=${t('exportCsvLabel', { table: model.caption })}
      @click=${download}
    >
      ${t('exportCsv')}
    </button>
  </div>`;
}
