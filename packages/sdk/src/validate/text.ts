/** A message in Swedish and English. */
export interface Text {
  sv: string;
  en: string;
}
