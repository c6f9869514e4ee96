import { html, nothing, type TemplateResult } from 'lit';

import type { KartaT as T } from './messages.js';

/** The filters left nothing to show; a way out when there are filters to clear. */
export function renderEmpty(t: T, filtered: boolean, clear: () => void): TemplateResult {
  return html`<div class="notice" part="notice">
    <p>${t('empty')}</p>
    ${filtered ? html`<button type="button" part="button" @click=${clear}>${t('clearFilters')}</button>` : nothing}
  </div>`;
}
