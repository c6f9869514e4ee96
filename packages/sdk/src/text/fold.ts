/**
 * Lower-cases and removes diacritics so "Västerås" and "vasteras", "Ångest" and "angest" compare equal.
 * Used for matching names and for search.
 */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o');
}
