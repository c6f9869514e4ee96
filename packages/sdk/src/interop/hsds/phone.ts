/**
 * An HSDS phone number as our format keeps it. HSDS accepts any text ("(555) 123-4567",
 * "+44 (0)1234 234567", "555-1234 x100"); we keep the number, normalised to E.164 (`+441234234567`)
 * when it has a country code, else as written without brackets, and move an extension to the text.
 * Returns a note (both languages) when the number could not be made E.164.
 */
export function normalisePhone(raw: string): {
  phone?: string;
  extension?: string;
  note?: { sv: string; en: string };
} {
  let s = raw.trim().replace(/^["'“”]+|["'“”]+$/g, '');
  let extension: string | undefined;
  const ext = /\s*(?:x|ext\.?|extension|ankn\.?|anknytning)\s*(\d+)\s*$/i.exec(s);
  if (ext) {
    extension = ext[1];
    s = s.slice(0, ext.index);
  }
  if (/^(\+|00)/.test(s)) {
    const digits = s
      .replace(/\(0\)/g, '')
      .replace(/^00/, '+')
      .replace(/[^\d+]/g, '');
    if (/^\+[1-9]\d{6,14}$/.test(digits)) return { phone: digits, ...(extension && { extension }) };
  }
  const plain = s.replace(/[().]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^\d[\d\s-]{4,}$/.test(plain))
    return {
      phone: plain,
      ...(extension && { extension }),
      note: {
        sv: `telefonnumret "${raw}" saknar landsnummer och sparas som "${plain}"`,
        en: `the phone number "${raw}" has no country code and is kept as "${plain}"`,
      },
    };
  return {
    note: {
      sv: `telefonnumret "${raw}" går inte att läsa som ett nummer och tas inte med`,
      en: `the phone number "${raw}" cannot be read as a number and is left out`,
    },
  };
}
