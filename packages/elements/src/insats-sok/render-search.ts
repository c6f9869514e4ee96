import { FACETS, highlight, type SearchResult, type Service, type SortOrder } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, formatNumber } from '../shared/format.js';
import { ageText, freshness, names, type RenderContext } from './render-context.js';
import { renderFacet, valueLabel } from './render-facets.js';
import type { SearchController } from './search-controller.js';

/** A selected filter, shown as a chip that removes it. */
export interface Chip {
  label: string;
  remove: () => void;
}

/** What the search view needs from the element besides the search itself. */
export interface SearchView {
  search: SearchController;
  result: SearchResult;
  filtersOpen: boolean;
  expanded: ReadonlySet<string>;
  setQuery: (q: string) => void;
  setFilters: SearchController['setFilters'];
  clearFilters: () => void;
  setSort: (sort: SortOrder) => void;
  toggleFilters: (open: boolean) => void;
  expand: (facet: string) => void;
  hitHref: (id: string) => string;
  openHit: (e: MouseEvent, id: string) => void;
}

/** The selected filters as chips, in facet order, then age and organisation. */
export function chips(ctx: RenderContext, v: SearchView): Chip[] {
  const f = v.search.filters;
  const out: Chip[] = [];
  for (const { name } of FACETS) {
    for (const value of f[name]) {
      out.push({
        label: valueLabel(ctx, name, value),
        remove: () => v.setFilters({ [name]: f[name].filter((x) => x !== value) }),
      });
    }
  }
  if (f.age !== undefined)
    out.push({ label: ctx.t('ageChip', { age: f.age }), remove: () => v.setFilters({ age: undefined }) });
  if (f.organisation)
    out.push({
      label: ctx.t('organisationChip', { label: ctx.dataset.label(f.organisation, ctx.lang) }),
      remove: () => v.setFilters({ organisation: undefined }),
    });
  return out;
}

const countText = (ctx: RenderContext, total: number): string =>
  total === 0
    ? ctx.t('count_0')
    : total === 1
      ? ctx.t('count_1')
      : ctx.t('count_n', { count: formatNumber(ctx.lang, total) });

/** The search field, the filters, the selected-filter chips, the count and the hits. */
export function renderSearch(ctx: RenderContext, v: SearchView): TemplateResult {
  const { t } = ctx;
  const r = v.result;
  const f = v.search.filters;
  const selected = chips(ctx, v);
  const announced = v.search.announced;
  return html`
    <div class="search" part="search" role="search" aria-label=${t('searchLabel')}>
      <label for="q">${t('searchLabel')}</label>
      <input
        id="q"
        part="input"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="q-hint"
        .value=${v.search.query}
        @input=${(e: Event) => v.setQuery((e.target as HTMLInputElement).value)}
      />
      <p class="hint" id="q-hint">${t('searchHint')}</p>
    </div>
    <div class="layout">
      <details
        class="filters"
        part="filters"
        .open=${v.filtersOpen}
        @toggle=${(e: Event) => v.toggleFilters((e.target as HTMLDetailsElement).open)}
      >
        <summary>${selected.length ? t('filtersSelected', { count: selected.length }) : t('filters')}</summary>
        <div class="filter-list">
          ${FACETS.map(({ name }) =>
            renderFacet(ctx, r.facets[name], name, {
              selected: f[name],
              expanded: v.expanded.has(name),
              toggle: (value, on) => {
                const list = f[name].filter((x) => x !== value);
                v.setFilters({ [name]: on ? [...list, value] : list });
              },
              expand: () => v.expand(name),
            }),
          )}
          <fieldset part="facet">
            <legend>${t('age')}</legend>
            <label for="age" class="visually-hidden">${t('age')}</label>
            <input
              id="age"
              type="number"
              inputmode="numeric"
              min="0"
              max="120"
              aria-describedby="age-hint"
              .value=${f.age === undefined ? '' : String(f.age)}
              @change=${(e: Event) => {
                const n = Number.parseInt((e.target as HTMLInputElement).value, 10);
                v.setFilters({ age: Number.isFinite(n) && n >= 0 && n <= 120 ? n : undefined });
              }}
            />
            <p class="hint" id="age-hint">${t('ageHint')}</p>
          </fieldset>
        </div>
      </details>
      <div class="results">
        ${
          selected.length
            ? html`<h2 class="visually-hidden">${t('activeFilters')}</h2>
                <ul class="chips" part="chips" aria-label=${t('activeFilters')}>
                  ${selected.map(
                    (c) => html`<li>
                      <button type="button" part="chip" aria-label=${t('removeFilter', { label: c.label })} @click=${c.remove}>
                        ${c.label} <span aria-hidden="true">✕</span>
                      </button>
                    </li>`,
                  )}
                  <li><button type="button" class="link-button" @click=${v.clearFilters}>${t('clearAll')}</button></li>
                </ul>`
            : nothing
        }
        <div class="bar">
          <p part="count">${countText(ctx, r.total)}</p>
          <p class="visually-hidden" role="status" part="status">${announced === undefined ? '' : countText(ctx, announced)}</p>
          <label>
            ${t('sort')}
            <select
              .value=${v.search.sort}
              @change=${(e: Event) => v.setSort((e.target as HTMLSelectElement).value as SortOrder)}
            >
              ${(['relevance', 'name', 'updated'] as const).map(
                (s) => html`<option value=${s} ?selected=${v.search.sort === s}>${t(`sort_${s}`)}</option>`,
              )}
            </select>
          </label>
        </div>
        ${r.total === 0 ? renderEmpty(ctx, v, selected) : renderHits(ctx, v)}
      </div>
    </div>
  `;
}

function renderHits(ctx: RenderContext, v: SearchView): TemplateResult {
  const r = v.result;
  return html`
    <h2 class="visually-hidden">${ctx.t('results')}</h2>
    <ul class="hits" part="results">
      ${r.hits.map(({ id }) => {
        const s = ctx.dataset.service(id);
        return s ? renderHit(ctx, v, s, r.terms) : nothing;
      })}
    </ul>
    ${
      r.total > r.hits.length
        ? html`<button type="button" class="more" part="more" @click=${() => v.search.showMore()}>
            ${ctx.t('showMore', { shown: r.hits.length, total: r.total })}
          </button>`
        : nothing
    }
  `;
}

function renderHit(
  ctx: RenderContext,
  v: SearchView,
  s: Service,
  terms: ReadonlySet<string>,
): TemplateResult {
  const { t } = ctx;
  const name = ctx.dataset.label(s.id, ctx.lang);
  const summary = ctx.text(s.summary);
  const kommuner = ctx.dataset.municipalitiesOf(s).map((c) => ctx.dataset.municipalityName(c) ?? c);
  const fresh = freshness(ctx, s);
  const age = ageText(ctx, s);
  const mark = (text: string) =>
    highlight(text, terms).map((seg) => (seg.match ? html`<mark>${seg.text}</mark>` : seg.text));
  return html`<li class="hit" part="hit">
    <h3>
      <a part="hit-link" data-id=${s.id} href=${v.hitHref(s.id)} @click=${(e: MouseEvent) => v.openHit(e, s.id)}
        >${mark(name)}</a
      >
    </h3>
    <dl>
      <div><dt>${t('providers')}</dt><dd>${names(ctx, s.providers).join(', ')}</dd></div>
      ${s.targetGroups?.length ? html`<div><dt>${t('targetGroups')}</dt><dd>${mark(names(ctx, s.targetGroups).join(', '))}${age ? ` (${age})` : ''}</dd></div>` : nothing}
      ${kommuner.length ? html`<div><dt>${t('municipalities')}</dt><dd>${mark(kommuner.join(', '))}</dd></div>` : nothing}
    </dl>
    ${summary.text ? html`<p lang=${ifDefined(summary.lang)}>${mark(summary.text)}</p>` : nothing}
    ${
      fresh.date
        ? html`<p class="fresh ${fresh.stale ? 'stale' : ''}">
            ${fresh.stale ? html`<span aria-hidden="true">⚠ </span>${t('stale', { date: formatDate(ctx.lang, fresh.date) })}` : t('verified', { date: formatDate(ctx.lang, fresh.date) })}
          </p>`
        : nothing
    }
  </li>`;
}

function renderEmpty(ctx: RenderContext, v: SearchView, selected: Chip[]): TemplateResult {
  const { t } = ctx;
  return html`<div class="sk-notice" part="empty">
    <h2>${t('emptyTitle')}</h2>
    <p>${t('emptyHelp')}</p>
    <ul class="plain">
      ${selected.map((c) => html`<li><button type="button" class="link-button" @click=${c.remove}>${t('removeFilter', { label: c.label })}</button></li>`)}
      ${v.search.query ? html`<li><button type="button" class="link-button" @click=${() => v.setQuery('')}>${t('clearQuery')}</button></li>` : nothing}
    </ul>
  </div>`;
}
