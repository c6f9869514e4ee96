import { type CoverageRowKind, localize } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { CoverageModel } from './analysis-types.js';
import type { AnalysisContext } from './context.js';
import { renderDetails, renderServiceList } from './details.js';
import { matrixCell } from './matrix-cell.js';
import { renderExport, renderTable, type TableModel } from './table-model.js';

/** A coverage cell with its row and column, by their ids. */
export function coverageCellOf(m: CoverageModel, rowId: string, columnId: string) {
  const r = m.rows.findIndex((x) => x.id === rowId);
  const c = m.columns.findIndex((x) => x.id === columnId);
  const cell = m.cells[r]?.[c];
  return cell && { cell, row: m.rows[r]!, column: m.columns[c]! };
}

/** The coverage table: target groups (or age bands) × kommuner (or förbund), distinct totals last. */
export function coverageModel(ctx: AnalysisContext, m: CoverageModel): TableModel {
  const { t, lang } = ctx;
  const byAge = (m.rows[0]?.kind ?? ctx.rows) === 'ageBand';
  const byAssociation =
    m.columns[0]?.kind === 'association' || (!ctx.association && !ctx.municipality && m.columns.length === 0);
  const max = Math.max(0, ...m.cells.flat().map((c) => c.count));
  return {
    id: 'coverage',
    grid: true,
    caption: t('coverageCaption', {
      rows: t(byAge ? 'wordAgeBand' : 'wordTargetGroup'),
      columns: t(byAssociation ? 'wordAssociation' : 'wordMunicipality'),
    }),
    columns: [
      { label: t(byAge ? 'headerAgeBand' : 'headerTargetGroup') },
      ...m.columns.map((c) => ({ label: localize(c.label, lang) })),
      { label: t('headerTotal'), numeric: true },
    ],
    rows: m.rows.map((row, r) => {
      const rowLabel = localize(row.label, lang);
      return {
        cells: [
          { value: rowLabel, header: true },
          ...m.cells[r]!.map((cell, c) => {
            const column = m.columns[c]!;
            const label = t('coverageCell', {
              count: cell.count,
              row: rowLabel,
              column: localize(column.label, lang),
            });
            return matrixCell(ctx, 'coverage', row.id, column.id, cell.count, max, label);
          }),
          { value: m.rowTotals[r], numeric: true },
        ],
      };
    }),
  };
}

function renderRowsChoice(ctx: AnalysisContext): TemplateResult {
  return html`<fieldset class="controls">
    <legend>${ctx.t('rowsLegend')}</legend>
    ${(['targetGroup', 'ageBand'] as const satisfies readonly CoverageRowKind[]).map(
      (kind) => html`<label>
        <input type="radio" name="rows" value=${kind} .checked=${ctx.rows === kind} @change=${() => ctx.setRows(kind)} />
        ${ctx.t(kind === 'ageBand' ? 'rowsAgeBand' : 'rowsTargetGroup')}
      </label>`,
    )}
  </fieldset>`;
}

function renderCoverageDetails(ctx: AnalysisContext, m: CoverageModel): TemplateResult | typeof nothing {
  const selected = ctx.selection;
  if (selected?.table !== 'coverage') return nothing;
  const found = coverageCellOf(m, selected.row, selected.column);
  if (!found) return nothing;
  const { cell, row, column } = found;
  const heading = ctx.t('cellHeading', {
    row: localize(row.label, ctx.lang),
    column: localize(column.label, ctx.lang),
    count: cell.count,
  });
  return renderDetails(ctx, 'coverage-details', heading, renderServiceList(ctx, cell.services));
}

/** Täckning: the matrix, its legend, the gaps in words, CSV and the list of a chosen cell. */
export function renderCoverage(ctx: AnalysisContext, m: CoverageModel, model: TableModel): TemplateResult {
  const { t, lang } = ctx;
  const emptyRowLabels = m.emptyRows.map((id) => localize(m.rows.find((r) => r.id === id)!.label, lang));
  return html`<section aria-labelledby="coverage-heading">
    <h3 id="coverage-heading">${t('coverageHeading')}</h3>
    <p>${t('coverageIntro')}</p>
    ${renderRowsChoice(ctx)} ${renderTable(model, ctx)}
    <p class="muted">${t('legend')}</p>
    <p>
      ${t('gapsSummary', { gaps: m.gaps, cells: m.rows.length * m.columns.length })}
      ${emptyRowLabels.length ? t('emptyRows', { list: emptyRowLabels.join(', ') }) : t('noEmptyRows')}
    </p>
    ${renderExport(model, ctx)} ${renderCoverageDetails(ctx, m)}
  </section>`;
}
