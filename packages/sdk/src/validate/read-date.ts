import type { Text } from './text.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MONTH_NAMES_SV = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const valid = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/**
 * Reads a date written the way Swedish staff and Excel write them, and says how it was read:
 * an Excel serial number (45352), "1 mars 2024", "2024-3-1", "1/3/2024" (day/month/year, the Swedish
 * order; a warning says so when month/day/year would also fit). Undefined when it is no such date.
 */
export function readDate(value: unknown): { value: string; note: Text } | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{5}$/.test(value.trim()))) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 20000 || n > 80000) return undefined;
    // Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
    const t = new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
    const out = t.toISOString().slice(0, 10);
    return {
      value: out,
      note: {
        sv: `Excel-datumtalet ${n} lästes som ${out}; formatera cellen som datum eller skriv ÅÅÅÅ-MM-DD`,
        en: `the Excel date number ${n} was read as ${out}; format the cell as a date or write YYYY-MM-DD`,
      },
    };
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim().toLowerCase();
  let m = /^(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3)) + 1;
    const [d, y] = [Number(m[1]), Number(m[3])];
    if (month === 0 || !MONTH_NAMES_SV[month - 1]!.startsWith(m[2]!) || !valid(y, month, d)) return undefined;
    return readAs(value, iso(y, month, d));
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!valid(y, mo, d)) return undefined;
    return readAs(value, iso(y, mo, d));
  }
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Swedish order is day/month; month/day only when the first number cannot be a month… of days.
    const dayFirst = valid(y, b, a);
    const monthFirst = valid(y, a, b);
    if (!dayFirst && !monthFirst) return undefined;
    const out = dayFirst ? iso(y, b, a) : iso(y, a, b);
    const ambiguous = dayFirst && monthFirst && a !== b;
    const order = dayFirst
      ? { sv: 'dag/månad/år', en: 'day/month/year' }
      : { sv: 'månad/dag/år', en: 'month/day/year' };
    return {
      value: out,
      note: ambiguous
        ? {
            sv: `"${value}" är tvetydigt och lästes som ${order.sv}: ${out}; skriv ÅÅÅÅ-MM-DD så att ingen behöver gissa`,
            en: `"${value}" is ambiguous and was read as ${order.en}: ${out}; write YYYY-MM-DD so nobody has to guess`,
          }
        : {
            sv: `"${value}" lästes som ${order.sv}: ${out}; skriv ÅÅÅÅ-MM-DD`,
            en: `"${value}" was read as ${order.en}: ${out}; write YYYY-MM-DD`,
          },
    };
  }
  return undefined;
}

/** "2024-13-01" → the reason it is no date, in both languages, for the problem message. */
export function whyNotADate(value: unknown): Text | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { sv: `månad ${month} finns inte`, en: `there is no month ${month}` };
  if (m[3] !== undefined && !valid(Number(m[1]), month, Number(m[3])))
    return {
      sv: `dag ${Number(m[3])} finns inte i ${MONTH_NAMES_SV[month - 1]} ${m[1]}`,
      en: `there is no day ${Number(m[3])} in month ${month} of ${m[1]}`,
    };
  return undefined;
}

/** A date written another way, read as `out`, with the note that says how and what to write. */
function readAs(value: string, out: string) {
  return {
    value: out,
    note: {
      sv: `"${value}" lästes som ${out}; skriv ÅÅÅÅ-MM-DD`,
      en: `"${value}" was read as ${out}; write YYYY-MM-DD`,
    },
  };
}
