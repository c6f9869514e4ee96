import { type ComparedRecord, type DatasetComparison, type Lang, localize } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { SamordningGranskaMessageKey } from './samordning-granska.messages.js';

type T = (key: SamordningGranskaMessageKey, params?: Record<string, string | number>) => string;

/** Where the comparison with the published file is. */
export type CompareState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; reason: string }
  | { status: 'ready'; comparison: DatasetComparison };

export interface CompareView {
  t: T;
  lang: Lang;
  state: CompareState;
  url: string;
  submit(url: string): void;
}

function list(
  v: CompareView,
  title: SamordningGranskaMessageKey,
  part: string,
  records: ReadonlyArray<ComparedRecord & { fields?: string[] }>,
): TemplateResult | typeof nothing {
  if (!records.length) return nothing;
  return html`<h3>${v.t(title)}</h3>
    <ul part=${part}>
      ${records.map(
        (r) =>
          html`<li data-id=${r.id}>
            ${localize(r.name, v.lang)} <span class="id">(${r.id})</span>${
              r.fields
                ? html`: <span class="fields">${v.t('compareFields', { fields: r.fields.join(', ') })}</span>`
                : nothing
            }
          </li>`,
      )}
    </ul>`;
}

/** The URL field and what changed against the file published there. */
export function renderCompare(v: CompareView): TemplateResult {
  const { t, state } = v;
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('published') as HTMLInputElement;
    v.submit(input.value.trim());
  };
  return html`<section part="compare" aria-labelledby="compare-title">
    <h2 id="compare-title">${t('compareTitle')}</h2>
    <form @submit=${onSubmit}>
      <label for="published">${t('compareLabel')}</label>
      <p id="published-hint" class="hint">${t('compareHint')}</p>
      <div class="inline">
        <input
          id="published"
          name="published"
          type="url"
          required
          .value=${v.url}
          aria-describedby="published-hint"
          autocomplete="url"
        />
        <button type="submit" ?disabled=${state.status === 'loading'}>${t('compareButton')}</button>
      </div>
    </form>
    <div role="status" class="compare-status">
      ${state.status === 'loading' ? t('comparing') : nothing}
      ${state.status === 'error' ? html`<p class="problem-text">${t('compareFailed', { reason: state.reason })}</p>` : nothing}
      ${
        state.status === 'ready'
          ? html`<p part="compare-summary">
            ${t('compareSummary', {
              added: state.comparison.services.added.length,
              changed: state.comparison.services.changed.length,
              removed: state.comparison.services.removed.length,
              unchanged: state.comparison.services.unchanged,
            })}
            ${t('compareOrganisations', {
              added: state.comparison.organisations.added.length,
              changed: state.comparison.organisations.changed.length,
              removed: state.comparison.organisations.removed.length,
            })}
          </p>`
          : nothing
      }
    </div>
    ${
      state.status === 'ready'
        ? html`${list(v, 'compareAdded', 'added', state.comparison.services.added)}
        ${list(v, 'compareChanged', 'changed', state.comparison.services.changed)}
        ${list(v, 'compareRemoved', 'removed', state.comparison.services.removed)}`
        : nothing
    }
  </section>`;
}
