import { type CollaborationMatrix, type Dataset, type Lang, localize } from '@samordningskartan/sdk';

/** Text lookups the sections need (the element's translated strings). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Short display name of an organisation, insats or term. */
export function nameOf(ds: Dataset, id: string, lang: Lang): string {
  const org = ds.organisation(id);
  if (org?.shortName) return localize(org.shortName, lang);
  return ds.label(id, lang);
}

/** Display name of a collaboration axis item: an organisation, or a kind of organisation. */
export function itemLabel(
  ds: Dataset,
  matrix: CollaborationMatrix,
  id: string,
  lang: Lang,
  t: Translate,
): string {
  return matrix.axis === 'kind' ? t(`orgKind_${id}`) : nameOf(ds, id, lang);
}

/** A year as text; "utan år" when the data gives none. */
export function yearLabel(year: number | undefined, t: Translate): string {
  return year === undefined ? t('noYear') : String(year);
}
