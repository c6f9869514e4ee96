import { compareSv, type FacetName, type OrganisationKind } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { facetValueLabel } from '../shared/labels.js';
import type { RenderContext } from './render-context.js';

/** Providers are grouped by kind of organisation, in this order. */
const ORG_KIND_ORDER: OrganisationKind[] = [
  'employmentService',
  'socialInsuranceAgency',
  'region',
  'municipality',
  'coordinationAssociation',
  'civilSociety',
  'employer',
  'other',
];
/** Facet values shown before "visa alla". */
const FACET_PREVIEW = 8;

/** The display name of a facet value, from the shared labels. */
export const valueLabel = (ctx: RenderContext, facet: FacetName, value: string): string =>
  facetValueLabel(ctx.t, ctx.dataset, ctx.lang, facet, value);

export interface FacetState {
  selected: readonly string[];
  expanded: boolean;
  toggle: (value: string, on: boolean) => void;
  expand: () => void;
}

/** One facet as a fieldset of checkboxes with counts; providers in nested fieldsets by kind. */
export function renderFacet(
  ctx: RenderContext,
  counts: Record<string, number>,
  facet: FacetName,
  state: FacetState,
): TemplateResult | typeof nothing {
  const selected = new Set(state.selected);
  const values = [...new Set([...Object.keys(counts), ...selected])].map((v) => ({
    value: v,
    label: valueLabel(ctx, facet, v),
    count: counts[v] ?? 0,
  }));
  if (!values.length) return nothing;
  values.sort((a, b) => b.count - a.count || compareSv(a.label, b.label));
  const option = (v: { value: string; label: string; count: number }, i: number) => {
    const id = `f-${facet}-${i}`;
    return html`<div class="option">
      <input
        type="checkbox"
        id=${id}
        .checked=${selected.has(v.value)}
        @change=${(e: Event) => state.toggle(v.value, (e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${v.label} <span class="count">(${v.count})</span></label>
    </div>`;
  };
  // Selected values always stay visible; the rest is cut to a preview unless expanded.
  const long = values.length > FACET_PREVIEW + 2;
  const shown =
    long && !state.expanded ? values.filter((v, i) => i < FACET_PREVIEW || selected.has(v.value)) : values;
  const toggle = long
    ? html`<button type="button" class="link-button" aria-expanded=${state.expanded ? 'true' : 'false'} @click=${state.expand}>
        ${state.expanded ? ctx.t('showFewer') : ctx.t('showAll', { count: values.length })}
      </button>`
    : nothing;
  const indexOf = new Map(values.map((v, i) => [v.value, i]));
  let body: unknown;
  if (facet === 'provider') {
    const groups = new Map<OrganisationKind, typeof shown>();
    for (const v of shown) {
      const kind = ctx.dataset.organisation(v.value)?.kind ?? 'other';
      groups.set(kind, [...(groups.get(kind) ?? []), v]);
    }
    body = ORG_KIND_ORDER.filter((k) => groups.has(k)).map(
      (k) => html`<fieldset>
        <legend>${ctx.t(`orgKind_${k}`)}</legend>
        ${groups.get(k)!.map((v) => option(v, indexOf.get(v.value)!))}
      </fieldset>`,
    );
  } else {
    body = shown.map((v) => option(v, indexOf.get(v.value)!));
  }
  return html`<fieldset part="facet">
    <legend>${ctx.t(`facet_${facet}`)}</legend>
    ${body} ${toggle}
  </fieldset>`;
}
