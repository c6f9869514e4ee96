import {
  type CollaborationReason,
  type Collaborator,
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
  /** The data within the map's scope (the chosen förbund or kommun), or all of it without one. */
  dataset: Dataset;
  /** All the data; only for "Visa i hela datat". */
  whole: Dataset;
  /** Whether a scope narrows `dataset` (then what lies outside it sits behind "Visa i hela datat"). */
  scoped: boolean;
  /** Whether a record is on the map now: only those are links, so a link never leaves the map. */
  inMap: (id: string) => boolean;
  /** The organisations an organisation collaborates with in the scope, and why (SDK `collaboratorsOf`). */
  collaborators: (id: string) => Collaborator[];
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
    ${id && ctx.whole.get(id) ? renderDetails(ctx, id) : html`<p>${ctx.t('noSelection')}</p>`}
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

/** Why two organisations count as collaborating, in words. */
function reasonText(ctx: DetailsContext, r: CollaborationReason): string {
  const { t, dataset, lang } = ctx;
  if (r.type === 'relation') return r.outgoing ? t(`relation_${r.kind}`) : t(`in_${r.kind}`);
  const name = dataset.label(r.service.id, lang);
  return r.steeringGroup ? t('reasonSteering', { name }) : t('reasonService', { name });
}

/** What a record links to, in `dataset`: units, insatser and relation groups (not "samverkar med"). */
function references(dataset: Dataset, id: string): Array<{ key: KartaKey; ids: string[] }> {
  const record = dataset.get(id);
  if (!record) return [];
  const isService = dataset.isService(record);
  const groups: Array<{ key: KartaKey; ids: string[] }> = [];
  if (!isService) {
    groups.push({ key: 'units', ids: dataset.children(id).map((u) => u.id) });
    groups.push({ key: 'services', ids: dataset.servicesByOrganisation(id).map((s) => s.id) });
  }
  for (const g of groupedRelations(dataset, id)) {
    // An organisation's collaboration is answered by "Samverkar med", with its reasons.
    if (!isService && g.key.endsWith('_collaboratesWith')) continue;
    groups.push(g);
  }
  return groups.filter((g) => g.ids.length > 0);
}

/** The details panel for one record: what it is, key figures, its insatser and its relations as links. */
export function renderDetails(ctx: DetailsContext, id: string): TemplateResult {
  const { dataset, lang, t } = ctx;
  const record = dataset.get(id) ?? ctx.whole.get(id);
  if (!record) return html`<p>${t('noSelection')}</p>`;
  const isService = dataset.isService(record);
  const type = isService ? 'service' : record.kind;
  const own = ctx.text(record.description);
  const description = own.text || !isService ? own : ctx.text(record.summary);
  const website = !isService ? safeUrl(record.website) : undefined;
  const stats = dataset.statisticsOf(id);
  // A record on the map is a link that selects it; any other is text, so no link leaves the map.
  const ref = (other: string) =>
    ctx.inMap(other)
      ? html`<button type="button" class="link" data-goto=${other} @click=${() => ctx.select(other)}>${ctx.whole.label(other, lang)}</button>`
      : html`<span>${ctx.whole.label(other, lang)}</span>`;
  const groups = references(dataset, id);
  const collaborators = isService ? [] : ctx.collaborators(id);
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
    ${
      collaborators.length
        ? html`<h3 data-group="collaborators">${t('collaborators')}</h3>
          <ul data-group="collaborators">
            ${collaborators.map(
              (c) =>
                html`<li>${ref(c.organisation)}<span class="why"> – ${c.reasons.map((r) => reasonText(ctx, r)).join('; ')}</span></li>`,
            )}
          </ul>`
        : nothing
    }
    ${groups.map(
      (g) => html`<h3 data-group=${g.key}>${t(g.key)}</h3>
        <ul data-group=${g.key}>${g.ids.map((other) => html`<li>${ref(other)}</li>`)}</ul>`,
    )}
    ${ctx.scoped ? renderOutsideScope(ctx, id, groups) : nothing}
  `;
}

/**
 * What the whole data says beyond the scope (memberships of other förbund, insatser elsewhere), as
 * text behind "Visa i hela datat": never mixed into the answer for the scope.
 */
function renderOutsideScope(
  ctx: DetailsContext,
  id: string,
  inScope: Array<{ key: KartaKey; ids: string[] }>,
): TemplateResult | typeof nothing {
  const shown = new Map(inScope.map((g) => [g.key, new Set(g.ids)]));
  const extra = references(ctx.whole, id)
    .map((g) => ({ key: g.key, ids: g.ids.filter((other) => !shown.get(g.key)?.has(other)) }))
    .filter((g) => g.ids.length > 0);
  if (!extra.length) return nothing;
  return html`<details class="whole-data">
    <summary>${ctx.t('wholeData')}</summary>
    ${extra.map(
      (g) => html`<h4 data-group=${g.key}>${ctx.t(g.key)}</h4>
        <ul data-group=${`whole-${g.key}`}>${g.ids.map((other) => html`<li>${ctx.whole.label(other, ctx.lang)}</li>`)}</ul>`,
    )}
  </details>`;
}
