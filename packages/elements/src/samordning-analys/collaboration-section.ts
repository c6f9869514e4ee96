import type { CollaborationAxis } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { CollaborationModel, PairModel } from './analysis-types.js';
import type { AnalysisContext } from './context.js';
import { renderDetails, renderServiceList } from './details.js';
import { itemLabel } from './labels.js';
import { matrixCell } from './matrix-cell.js';
import { renderExport, renderTable, type TableModel } from './table-model.js';

/** The pair of two items, in either order. */
export function pairOf(m: CollaborationModel, a: string, b: string): PairModel | undefined {
  return m.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
}

/** The collaboration table: members (or kinds of organisation) × the same, the strength per pair. */
export function collaborationModel(ctx: AnalysisContext, m: CollaborationModel): TableModel {
  const { t } = ctx;
  const label = (id: string) => itemLabel(m, id, ctx.name, t);
  const max = Math.max(0, ...m.pairs.map((p) => p.strength));
  return {
    id: 'collaboration',
    grid: true,
    caption: caption(ctx, m),
    columns: [
      { label: t(m.axis === 'kind' ? 'headerKind' : 'headerOrganisation') },
      ...m.items.map((id) => ({ label: label(id) })),
    ],
    rows: m.items.map((a) => ({
      cells: [
        { value: label(a), header: true },
        ...m.items.map((b) => {
          // An organisation with itself is no pair; a kind with itself is (two of that kind).
          const pair = a === b && m.axis === 'organisation' ? undefined : pairOf(m, a, b);
          if (!pair) {
            return {
              value: undefined,
              className: 'self',
              view: html`– <span class="muted">${t('same')}</span>`,
            };
          }
          const name = t('pairCell', { count: pair.strength, a: label(a), b: label(b) });
          return matrixCell(ctx, 'collaboration', a, b, pair.strength, max, name);
        }),
      ],
    })),
  };
}

function caption(ctx: AnalysisContext, m: CollaborationModel): string {
  const { t } = ctx;
  if (m.axis === 'kind') return t('collaborationCaptionKinds');
  if (ctx.association) return t('collaborationCaptionMembers', { name: ctx.name(ctx.association) });
  const scope = ctx.model.scopeName;
  return t('collaborationCaptionIn', { name: scope === undefined ? '' : ctx.dataText(scope).text });
}

function renderAxisChoice(ctx: AnalysisContext): TemplateResult | typeof nothing {
  // Comparing every förbund is by kind only: single organisations of all förbund make no table.
  if (!ctx.association && !ctx.municipality) return nothing;
  return html`<fieldset class="controls">
    <legend>${ctx.t('axisLegend')}</legend>
    ${(['organisation', 'kind'] as const satisfies readonly CollaborationAxis[]).map(
      (axis) => html`<label>
        <input type="radio" name="axis" value=${axis} .checked=${ctx.axis === axis} @change=${() => ctx.setAxis(axis)} />
        ${ctx.t(axis === 'kind' ? 'axisKind' : 'axisOrganisation')}
      </label>`,
    )}
  </fieldset>`;
}

function relationText(ctx: AnalysisContext, r: PairModel['relations'][number]): string {
  return ctx.t(`rel_${r.kind}`, { a: ctx.name(r.from), b: ctx.name(r.to) });
}

function renderPairDetails(ctx: AnalysisContext, m: CollaborationModel): TemplateResult | typeof nothing {
  const selected = ctx.selection;
  if (selected?.table !== 'collaboration') return nothing;
  const pair = pairOf(m, selected.row, selected.column);
  if (!pair) return nothing;
  const { t } = ctx;
  const label = (id: string) => itemLabel(m, id, ctx.name, t);
  const heading = t('pairHeading', { a: label(selected.row), b: label(selected.column) });
  const body = html`
    ${
      pair.sharedSteeringGroups.length
        ? html`<h5>${t('sharedSteering')}</h5>
          ${renderServiceList(ctx, pair.sharedSteeringGroups)}`
        : nothing
    }
    ${
      pair.sharedServices.length
        ? html`<h5>${t('sharedServices')}</h5>
          ${renderServiceList(ctx, pair.sharedServices)}`
        : nothing
    }
    ${
      pair.relations.length
        ? html`<h5>${t('relations')}</h5>
          <ul>
            ${pair.relations.map((r) => html`<li>${relationText(ctx, r)}</li>`)}
          </ul>`
        : nothing
    }
    ${pair.strength === 0 ? html`<p>${t('nothingShared')}</p>` : nothing}
  `;
  return renderDetails(ctx, 'collaboration-details', heading, body);
}

/** Samverkan: the matrix, the pairs without collaboration, CSV and the details of a chosen pair. */
export function renderCollaboration(
  ctx: AnalysisContext,
  m: CollaborationModel,
  model: TableModel,
): TemplateResult {
  const { t } = ctx;
  const label = (id: string) => itemLabel(m, id, ctx.name, t);
  return html`<section aria-labelledby="collaboration-heading">
    <h3 id="collaboration-heading">${t('collaborationHeading')}</h3>
    <p>${t('collaborationIntro')}</p>
    ${renderAxisChoice(ctx)} ${renderTable(model, ctx)}
    <p class="muted">${t('legend')}</p>
    <h4>${t('withoutHeading')}</h4>
    ${
      m.withoutCollaboration.length
        ? html`<ul class="without">
          ${m.withoutCollaboration.map((p) => html`<li>${t('pairHeading', { a: label(p.a), b: label(p.b) })}</li>`)}
        </ul>`
        : html`<p>${t('withoutNone')}</p>`
    }
    ${renderExport(model, ctx)} ${renderPairDetails(ctx, m)}
  </section>`;
}
