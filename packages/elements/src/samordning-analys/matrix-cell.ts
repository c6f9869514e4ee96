import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AnalysisContext, MatrixTable } from './context.js';
import type { TableCell } from './table-model.js';

/** Colour level 1–4 of a count relative to the largest in the matrix; 0 for a gap. */
export function level(count: number, max: number): number {
  if (count <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((count / Math.max(max, 1)) * 4)));
}

/**
 * A matrix cell: a gap (0) says "lucka" and is striped; any other count is a button whose name says
 * what it counts and that opens the insatser behind it. The CSV gets the bare number.
 */
export function matrixCell(
  ctx: AnalysisContext,
  table: MatrixTable,
  row: string,
  column: string,
  count: number,
  max: number,
  label: string,
): TableCell {
  if (count === 0) {
    return {
      value: 0,
      count: 0,
      className: 'cell level-0',
      view: html`<span>0 <span class="gap-word">${ctx.t('gap')}</span></span>`,
    };
  }
  const selected = ctx.selection;
  const isSelected = selected?.table === table && selected.row === row && selected.column === column;
  return {
    value: count,
    count,
    className: `cell level-${level(count, max)}`,
    view: html`<button
      type="button"
      part="cell"
      data-table=${table}
      data-row=${row}
      data-column=${column}
      aria-label=${label}
      aria-expanded=${isSelected ? 'true' : 'false'}
      aria-controls=${ifDefined(isSelected ? `${table}-details` : undefined)}
      @click=${(e: Event) => ctx.choose({ table, row, column }, e.currentTarget as HTMLElement)}
    >
      ${count}
    </button>`,
  };
}
