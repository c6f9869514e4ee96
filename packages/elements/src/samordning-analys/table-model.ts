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

/** The rows a long table shows at first, and how many more each press of its button shows. */
export const ROWS_SHOWN = 100;

/** What `renderTable` reads: numbers formatted, and how many rows of a long table are shown. */
export interface TableView {
  fmt: (n: number) => string;
  t: Translate;
  download(model: TableModel): void;
  rowsShown(id: AnalysTable): number;
  showMoreRows(id: AnalysTable): void;
}

/**
 * The table in a scroll box of its own: a wide matrix scrolls inside a focusable, labelled region
 * (allowed for data tables by WCAG 1.4.10) while the page never scrolls sideways. A long table shows
 * its first rows, says how many of how many, and shows more on request (tens of thousands of rows
 * would hold the page for seconds); its CSV has every row.
 */
export function renderTable(model: TableModel, view: TableView): TemplateResult {
  const captionId = `${model.id}-caption`;
  const total = model.rows.length;
  const shown = Math.min(view.rowsShown(model.id), total);
  return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby=${captionId}>
      <table part="table" id="${model.id}-table" data-grid=${model.grid ? '' : nothing}>
        <caption id=${captionId}>${model.caption}</caption>
        <thead>
          <tr>
            ${model.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : nothing}>${c.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${model.rows.slice(0, shown).map((r) => renderRow(r, view.fmt))}
        </tbody>
        ${model.footer?.length ? html`<tfoot>${model.footer.map((r) => renderRow(r, view.fmt))}</tfoot>` : nothing}
      </table>
    </div>
    ${
      total > ROWS_SHOWN
        ? html`<div class="actions more-rows">
            <span aria-live="polite">${view.t('rowsShown', { shown: view.fmt(shown), total: view.fmt(total) })}</span>
            ${
              shown < total
                ? html`<button type="button" class="action" @click=${() => view.showMoreRows(model.id)}>
                    ${view.t('showMoreRows', { count: view.fmt(Math.min(ROWS_SHOWN, total - shown)) })}
                  </button>`
                : nothing
            }
          </div>`
        : nothing
    }`;
}

/** The "Ladda ner CSV" button of a table, named after its caption. */
export function renderExport(model: TableModel, view: TableView): TemplateResult {
  return html`<div class="actions">
    <button
      type="button"
      class="action"
      data-export=${model.id}
      aria-label=${view.t('exportCsvLabel', { table: model.caption })}
      @click=${() => view.download(model)}
    >
      ${view.t('exportCsv')}
    </button>
  </div>`;
}
