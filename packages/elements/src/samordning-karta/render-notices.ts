import { formatProblem, type Lang, type LoadResult, type Problem } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';

type T = (key: string, params?: Record<string, string | number>) => string;

/** The data could not be read: the reason in plain words first, the details for the webmaster. */
export function renderLoadError(
  t: T,
  lang: Lang,
  problems: readonly Problem[],
  retry: () => void,
): TemplateResult {
  const errors = problems.filter((p) => p.severity === 'error');
  return html`<div class="notice" part="notice" role="alert">
    <p>${t('error')}</p>
    ${errors[0] ? html`<p>${errors[0].message[lang]}</p>` : nothing}
    <button type="button" part="button" @click=${retry}>${t('retry')}</button>
    ${
      errors.length
        ? html`<details>
            <summary>${t('errorDetails')}</summary>
            <ul>${errors.map((p) => html`<li>${formatProblem(p, lang)}</li>`)}</ul>
          </details>`
        : nothing
    }
  </div>`;
}

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
