import { formatProblem, type Lang, type LoadResult } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';

import type { KartaT as T } from './messages.js';

/** Part of the data was invalid and is left out; with `debug`, which parts. */
export function renderPartial(t: T, lang: Lang, result: LoadResult | undefined, debug: boolean) {
  const count = (result?.errors ?? 0) + (result?.warnings ?? 0);
  if (!result || count === 0) return nothing;
  return html`<div class="notice" part="notice">
    <p>${t('partial', { count })}</p>
    ${
      debug
        ? html`<details class="problems">
          <summary>${t('problems')}</summary>
          <ul>${result.problems.map((p) => html`<li>${formatProblem(p, lang)}</li>`)}</ul>
        </details>`
        : nothing
    }
  </div>`;
}

/** The filters left nothing to show; a way out when there are filters to clear. */
export function renderEmpty(t: T, filtered: boolean, clear: () => void): TemplateResult {
  return html`<div class="notice" part="notice">
    <p>${t('empty')}</p>
    ${filtered ? html`<button type="button" part="button" @click=${clear}>${t('clearFilters')}</button>` : nothing}
  </div>`;
}
