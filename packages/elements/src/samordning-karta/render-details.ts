import {
  type Dataset,
  type GraphRelation,
  type Lang,
  type LocalizedText,
  localize,
  RELATION_KINDS,
  type Statistic,
  safeUrl,
} from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatNumber } from '../shared/format.js';
import type { KartaKey, KartaT } from './messages.js';
import { shapeSwatch, typeLabel } from './render-legend.js';

export interface DetailsContext {
  dataset: Dataset;
  lang: Lang;
  t: KartaT;
  /** A text from the data in the UI language, with its own `lang` when it is in another one. */
  text: (value: LocalizedText | undefined) => { text: string; lang: string | undefined };
  /** Moves the selection to another record. */
  select: (id: string) => void;
  openService: (id: string) => void;
  close: () => void;
}

/** The details panel: the selected record's details, or a hint; Escape closes it. */
export function renderDetailsPanel(ctx: DetailsContext, id: string | undefined): TemplateResult {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    ctx.close();
  };
  return html`<aside part="details" aria-label=${ctx.t('details')} @keydown=${onKey}>
    ${id && ctx.dataset.get(id) ? renderDetails(ctx, id) : html`<p>${ctx.t('noSelection')}</p>`}
  </aside>`;
}

/** Relations of a record grouped by kind and direction ("Styrgrupp", "Utförs av", …), in a fixed order. */
export function groupedRelations(dataset: Dataset, id: string): Array<{ key: KartaKey; ids: string[] }> {
  const groups = new Map<KartaKey, Set<string>>();
  for (const r of dataset.relationsOf(id) as GraphRelation[]) {
    const out = r.from === id;
    const key: KartaKey = out ? `relation_${r.kind}` : `in_${r.kind}`;
    const other = out ? r.to : r.from;
    if (!dataset.get(other)) continue;
    const set = groups.get(key) ?? new Set<string>();
    set.add(other);
    groups.set(key, set);
  }
  const order = RELATION_KINDS.flatMap((k): KartaKey[] => [`relation_${k}`, `in_${k}`]);
  return order.filter((k) => groups.has(k)).map((key) => ({ key, ids: [...groups.get(key)!] }));
}

function formatStatistic(s: Statistic, lang: Lang, t: DetailsContext['t']): string {
  if (s.unit === 'SEK') return formatNumber(lang, s.value, 'currency');
  const n = formatNumber(lang, s.value, 'decimal');
  if (s.unit === 'percent') return `${n} %`;
  const unit = s.unit === 'count' ? '' : t(`unit_${s.unit}`);
  return unit ? `${n} ${unit}` : n;
}

function periodLabel(s: Statistic): string {
  const { start, end } = s.period;
  return start && end && start !== end ? `${start}–${end}` : (start ?? end ?? '');
}

/** The details panel for one record: what it is, key figures, its insatser and its relations as links. */
export function renderDetails(ctx: DetailsContext, id: string): TemplateResult {
  const { dataset, lang, t } = ctx;
  const record = dataset.get(id);
  if (!record) return html`<p>${t('noSelection')}</p>`;
  const isService = dataset.isService(record);
  const type = isService ? 'service' : record.kind;
  const own = ctx.text(record.description);
  const description = own.text || !isService ? own : ctx.text(record.summary);
  const website = !isService ? safeUrl(record.website) : undefined;
  const stats = dataset.statisticsOf(id);
  const services = isService ? [] : dataset.servicesByOrganisation(id);
  const units = isService ? [] : dataset.children(id);
  const link = (other: string) =>
    html`<li><button type="button" class="link" data-goto=${other} @click=${() => ctx.select(other)}>${dataset.label(other, lang)}</button></li>`;
  return html`
    <div class="details-head">
      <h2 id="details-title" tabindex="-1">${dataset.label(id, lang)}</h2>
      <button type="button" class="no-print" @click=${ctx.close}>${t('close')}</button>
    </div>
    <p class="kind">${shapeSwatch(type)} ${typeLabel(t, type)}</p>
    ${description.text ? html`<p lang=${ifDefined(description.lang)}>${description.text}</p>` : nothing}
    ${website ? html`<p><a href=${website} rel="noopener noreferrer" target="_blank">${t('website')}</a></p>` : nothing}
    ${
      isService
        ? html`<p><button type="button" class="open-service" @click=${() => ctx.openService(id)}>${t('openInSearch')}</button></p>`
        : nothing
    }
    ${
      stats.length
        ? html`<h3>${t('keyFigures')}</h3>
          <dl>
            ${stats.map(
              (
                s,
              ) => html`<dt>${dataset.label(s.indicator, lang)}${s.category ? ` (${localize(s.category, lang)})` : ''}
                  ${periodLabel(s)}</dt>
                <dd>${formatStatistic(s, lang, t)}</dd>`,
            )}
          </dl>`
        : nothing
    }
    ${units.length ? html`<h3>${t('units')}</h3><ul>${units.map((u) => link(u.id))}</ul>` : nothing}
    ${services.length ? html`<h3>${t('services')}</h3><ul>${services.map((s) => link(s.id))}</ul>` : nothing}
    ${groupedRelations(dataset, id).map(
      (g) => html`<h3 data-group=${g.key}>${t(g.key)}</h3>
        <ul data-group=${g.key}>${g.ids.map(link)}</ul>`,
    )}
  `;
}
