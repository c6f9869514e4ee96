import type { Dataset } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { SamordningGranskaMessageKey } from './samordning-granska.messages.js';

type T = (key: SamordningGranskaMessageKey, params?: Record<string, string | number>) => string;

/**
 * The data in the three elements side by side, set from code (`.data`), as the site shows them; the
 * map's selections filter the search as on a page where they are connected with `for`.
 */
export function renderPreview(t: T, dataset: Dataset, association: string | undefined): TemplateResult {
  return html`<div class="preview">
          <section aria-labelledby="preview-search">
            <h3 id="preview-search">${t('previewSearch')}</h3>
            <insats-sok id="preview-sok" .data=${dataset} association=${association ?? nothing}></insats-sok>
          </section>
          <section aria-labelledby="preview-map">
            <h3 id="preview-map">${t('previewMap')}</h3>
            <samordning-karta .data=${dataset} view="lista" for="preview-sok" association=${association ?? nothing}></samordning-karta>
          </section>
          <section aria-labelledby="preview-analysis">
            <h3 id="preview-analysis">${t('previewAnalysis')}</h3>
            <samordning-analys .data=${dataset} for="preview-sok" association=${association ?? nothing}></samordning-analys>
          </section>
        </div>`;
}
