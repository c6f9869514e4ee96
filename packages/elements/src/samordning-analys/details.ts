import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AnalysisContext } from './context.js';

/** The insatser behind a cell, each with its status as its period shows it (an ended period: ended). */
export function renderServiceList(ctx: AnalysisContext, services: readonly string[]): TemplateResult {
  if (!services.length) return html`<p>${ctx.t('noServices')}</p>`;
  return html`<ul>
    ${services.map((id) => {
      const s = ctx.model.services[id];
      const name = ctx.dataText(s?.name ?? id);
      return html`<li><span lang=${ifDefined(name.lang)}>${name.text}</span> <span class="muted">(${ctx.t(`status_${s?.status}`).toLocaleLowerCase(ctx.lang)})</span></li>`;
    })}
  </ul>`;
}

/** The panel a chosen cell opens: heading (focused on open), body, close button; Escape closes. */
export function renderDetails(
  ctx: AnalysisContext,
  id: string,
  heading: string,
  body: TemplateResult,
): TemplateResult {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    ctx.close();
  };
  return html`<div class="details" part="details" id=${id} role="region" aria-labelledby="${id}-heading" @keydown=${onKey}>
    <h4 id="${id}-heading" tabindex="-1">${heading}</h4>
    ${body}
    <button type="button" class="action" @click=${() => ctx.close()}>${ctx.t('close')}</button>
  </div>`;
}
