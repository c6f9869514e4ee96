import {
  compareSv,
  type Dataset,
  foldText,
  type Graph,
  type GraphFilters,
  type Lang,
  ORGANISATION_KINDS,
  RELATION_KINDS,
} from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { filterFromControl } from './filters.js';
import type { KartaT } from './messages.js';
import { KARTA_VIEWS, type KartaFilters, type KartaView } from './types.js';

/** The element's public API the toolbar drives. */
export interface ControlsHost {
  view: string;
  association: string;
  focusDepth: number;
  setFilters(filters: KartaFilters): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  exportPng(): Promise<unknown>;
}

export interface ControlsContext {
  host: ControlsHost;
  dataset: Dataset;
  /** The names of the kommuner the data names, by SCB code. */
  municipalityNames: Readonly<Record<string, string>>;
  graph: Graph | undefined;
  lang: Lang;
  t: KartaT;
  view: KartaView;
  filters: GraphFilters;
  search: (text: string) => void;
  clearFilters: () => void;
  /** The layer switches, beside focus mode. */
  layers?: TemplateResult;
}

/** The depth the focus checkbox turns back on, per element. */
const lastDepth = new WeakMap<ControlsHost, number>();

function setFocus(host: ControlsHost, on: boolean): void {
  if (!on && host.focusDepth > 0) lastDepth.set(host, host.focusDepth);
  host.focusDepth = on ? (lastDepth.get(host) ?? 1) : 0;
}

const option = (value: string, label: string, current: string | undefined) =>
  html`<option value=${value} ?selected=${value === (current ?? '')}>${label}</option>`;

/** The kommuner that occur in the data, by name (a code the catalogue has no name for, by its code). */
function municipalities(
  d: Dataset,
  names: ControlsContext['municipalityNames'],
): Array<{ code: string; name: string }> {
  const codes = new Set<string>();
  for (const r of [...d.organisations, ...d.services]) for (const c of r.municipalities ?? []) codes.add(c);
  return [...codes]
    .map((code) => ({ code, name: names[code] ?? code }))
    .sort((a, b) => compareSv(a.name, b.name));
}

function renderFilters(ctx: ControlsContext): TemplateResult {
  const { dataset: d, t, lang, filters: f } = ctx;
  const usedGroups = new Set(d.services.flatMap((s) => s.targetGroups ?? []));
  const groups = d.terms('targetGroup').filter((term) => usedGroups.has(term.id));
  const select = (
    key: keyof KartaFilters,
    label: string,
    options: TemplateResult[],
    current: string | undefined,
  ) =>
    html`<label>${label}
      <select data-filter=${key} @change=${(e: Event) => ctx.host.setFilters(filterFromControl(key, (e.target as HTMLSelectElement).value))}>
        ${option('', t('all'), current)}${options}
      </select></label>`;
  const single = <T extends string>(list: readonly T[] | undefined) => (list?.length === 1 ? list[0] : '');
  return html`<details class="filters" part="filters">
    <summary>${t('filters')}</summary>
    <div class="filter-grid">
      ${select(
        'association',
        t('filterAssociation'),
        d.associations().map((a) => option(a.id, d.label(a.id, lang), ctx.host.association)),
        ctx.host.association,
      )}
      ${select(
        'organisationKinds',
        t('filterKind'),
        ORGANISATION_KINDS.map((k) => option(k, t(`orgKind_${k}`), single(f.organisationKinds))),
        f.organisationKinds?.[0],
      )}
      ${select(
        'relationKinds',
        t('filterRelation'),
        RELATION_KINDS.map((k) => option(k, t(`relation_${k}`), single(f.relationKinds))),
        f.relationKinds?.[0],
      )}
      ${select(
        'municipality',
        t('facet_municipality'),
        municipalities(d, ctx.municipalityNames).map((m) => option(m.code, m.name, f.municipality)),
        f.municipality,
      )}
      ${select(
        'targetGroup',
        t('facet_targetGroup'),
        groups.map((g) => option(g.id, d.label(g.id, lang), f.targetGroup)),
        f.targetGroup,
      )}
      <button type="button" part="button" @click=${ctx.clearFilters}>${t('clearFilters')}</button>
    </div>
  </details>`;
}

/** The toolbar: view switch, search, filters, focus mode, and zoom/export/print on the graph views. */
export function renderControls(ctx: ControlsContext): TemplateResult {
  const { t, view } = ctx;
  const onSearch = (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).querySelector('input');
    ctx.search(input?.value.trim() ?? '');
  };
  return html`<div class="controls" part="controls">
    <fieldset part="views">
      <legend>${t('views')}</legend>
      ${KARTA_VIEWS.map(
        (v) =>
          html`<button type="button" part="button" aria-pressed=${view === v ? 'true' : 'false'} @click=${() => {
            ctx.host.view = v;
          }}>${t(`view_${v}`)}</button>`,
      )}
    </fieldset>
    <form part="search" role="search" aria-label=${t('search')} @submit=${onSearch}>
      <label>${t('search')}<input id="karta-q" type="search" list="karta-names" autocomplete="off" /></label>
      <datalist id="karta-names">${ctx.graph?.nodes.map((n) => html`<option value=${n.label}></option>`)}</datalist>
      <button type="submit" part="button">${t('find')}</button>
    </form>
    ${renderFilters(ctx)}
    <fieldset class="focus">
      <legend class="visually-hidden">${t('focus')}</legend>
      <label class="inline"><input type="checkbox" data-focus ?checked=${ctx.host.focusDepth > 0}
        @change=${(e: Event) => setFocus(ctx.host, (e.target as HTMLInputElement).checked)} />${t('focus')}</label>
      <label class="inline">${t('focusDepth')}
        <select data-depth ?disabled=${ctx.host.focusDepth === 0}
          @change=${(e: Event) => {
            ctx.host.focusDepth = Number((e.target as HTMLSelectElement).value);
          }}>
          ${[1, 2, 3, 4].map((n) => html`<option value=${n} ?selected=${n === (ctx.host.focusDepth || (lastDepth.get(ctx.host) ?? 1))}>${n}</option>`)}
        </select></label>
    </fieldset>
    ${ctx.layers ?? nothing}
    ${
      view !== 'lista'
        ? html`<div class="zoom">
          <button type="button" part="button" data-zoom="in" @click=${() => ctx.host.zoomIn()}>${t('zoomIn')}</button>
          <button type="button" part="button" data-zoom="out" @click=${() => ctx.host.zoomOut()}>${t('zoomOut')}</button>
          <button type="button" part="button" data-zoom="fit" @click=${() => ctx.host.fit()}>${t('fit')}</button>
          <button type="button" part="button" data-export @click=${() => void ctx.host.exportPng()}>${t('exportPng')}</button>
          <button type="button" part="button" data-print @click=${() => window.print()}>${t('print')}</button>
        </div>`
        : nothing
    }
  </div>`;
}

/** The node a search text names: exact, then prefix, then part of the name (case and accents folded). */
export function findNode(graph: Graph, text: string): string | undefined {
  const q = foldText(text);
  if (!q) return undefined;
  const names = graph.nodes.map((n) => ({ id: n.id, name: foldText(n.label) }));
  return (
    names.find((n) => n.name === q) ??
    names.find((n) => n.name.startsWith(q)) ??
    names.find((n) => n.name.includes(q))
  )?.id;
}
