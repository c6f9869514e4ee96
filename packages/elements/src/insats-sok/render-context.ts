import type { Lang, LocalizedText, Service } from '@samordningskartan/sdk';
import type { CatalogueView } from '../shared/catalogue-client.js';
import type { InsatsSokMessageKey } from './insats-sok.messages.js';

/** What the render helpers need from the element. */
export interface RenderContext {
  t: (key: InsatsSokMessageKey, params?: Record<string, string | number>) => string;
  lang: Lang;
  /** A text from the data, with the `lang` to mark it with when it is not in the UI language. */
  text: (value: LocalizedText | undefined) => { text: string; lang: string | undefined };
  /** The catalogue as the page holds it: names, and the records fetched for rendering. */
  dataset: CatalogueView;
  staleMonths: number;
  now: Date;
}

/** "16–29 år", "Från 30 år", or "" when the insats has no age range. */
export function ageText(ctx: RenderContext, s: Service): string {
  const r = s.ageRange;
  if (!r || (r.min === undefined && r.max === undefined)) return '';
  if (r.min !== undefined && r.max !== undefined) return ctx.t('ages', { min: r.min, max: r.max });
  return r.min !== undefined ? ctx.t('agesFrom', { min: r.min }) : ctx.t('agesTo', { max: r.max! });
}

/** Freshness of an insats: its date and whether it is older than `staleMonths`. */
export function freshness(ctx: RenderContext, s: Service): { date?: string; stale: boolean } {
  const date = s.lastVerified ?? s.updated;
  if (!date) return { stale: false };
  const limit = new Date(ctx.now);
  limit.setMonth(limit.getMonth() - ctx.staleMonths);
  return { date, stale: new Date(`${date}T00:00:00Z`) < limit };
}

export function names(ctx: RenderContext, ids: readonly string[] | undefined): string[] {
  return (ids ?? []).map((id) => ctx.dataset.label(id, ctx.lang));
}
