import type { CollaborationModel } from './analysis-types.js';

/** Text lookups the sections need (the element's translated strings). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Display name of a collaboration axis item: an organisation, or a kind of organisation. */
export function itemLabel(
  matrix: CollaborationModel,
  id: string,
  name: (id: string) => string,
  t: Translate,
): string {
  return matrix.axis === 'kind' ? t(`orgKind_${id}`) : name(id);
}

/** A year as text; "utan år" when the data gives none. */
export function yearLabel(year: number | undefined, t: Translate): string {
  return year === undefined ? t('noYear') : String(year);
}
