import { findMunicipality, suggestMunicipalities } from '../municipalities/index.js';
import type * as z from '../schema/zod.js';
import { whyNotADate } from '../validate/read-date.js';
import { formatPath, type Problem, problem } from './problem.js';

type Issue = z.core.$ZodIssue;

const q = (v: unknown) => JSON.stringify(v);
const TYPE_SV: Record<string, string> = {
  string: 'text',
  number: 'tal',
  boolean: 'sant/falskt',
  array: 'lista',
  object: 'objekt',
  int: 'heltal',
};

/** Turns one zod issue into a Problem with a Swedish and an English message. */
export function issueToProblem(issue: Issue, prefix: ReadonlyArray<PropertyKey>, value: unknown): Problem {
  const path = formatPath([...prefix, ...issue.path]);
  const actual = valueAt(value, issue.path);
  if (
    actual === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')
  ) {
    return problem('error', path, 'required', 'fältet saknas men krävs', 'required field is missing');
  }
  switch (issue.code) {
    case 'invalid_type': {
      const exp = String(issue.expected);
      return problem(
        'error',
        path,
        'invalid-type',
        `ska vara ${TYPE_SV[exp] ?? exp}, är ${describe(actual)}`,
        `expected ${exp}, got ${describe(actual)}`,
      );
    }
    case 'too_small':
      if (issue.origin === 'array')
        return problem(
          'error',
          path,
          'too-small',
          `listan ska ha minst ${issue.minimum} post(er)`,
          `list needs at least ${issue.minimum} item(s)`,
        );
      if (issue.origin === 'string')
        return problem('error', path, 'too-small', 'texten får inte vara tom', 'text must not be empty');
      return problem(
        'error',
        path,
        'too-small',
        `värdet ${q(actual)} är mindre än ${issue.minimum}`,
        `value ${q(actual)} is below ${issue.minimum}`,
      );
    case 'too_big':
      return problem(
        'error',
        path,
        'too-big',
        `värdet ${q(actual)} är större än ${issue.maximum}`,
        `value ${q(actual)} is above ${issue.maximum}`,
      );
    case 'invalid_format': {
      const date = whyNotADate(actual);
      if (date)
        return problem(
          'error',
          path,
          'invalid-format',
          `ogiltigt datum ${q(actual)}: ${date.sv}${formatHint(issue, 'sv')}`,
          `invalid date ${q(actual)}: ${date.en}${formatHint(issue, 'en')}`,
        );
      const kommun = municipalityHint(issue, actual);
      if (kommun) return problem('error', path, 'unknown-municipality', kommun.sv, kommun.en);
      return problem(
        'error',
        path,
        'invalid-format',
        `ogiltigt format ${q(actual)}${formatHint(issue, 'sv')}`,
        `invalid format ${q(actual)}${formatHint(issue, 'en')}`,
      );
    }
    case 'invalid_value':
      return problem(
        'error',
        path,
        'invalid-value',
        `okänt värde ${q(actual)}; tillåtna: ${issue.values.map((v) => String(v)).join(', ')}`,
        `unknown value ${q(actual)}; allowed: ${issue.values.map((v) => String(v)).join(', ')}`,
      );
    case 'invalid_union':
      return problem(
        'error',
        path,
        'invalid-type',
        `ogiltigt värde ${short(actual)}`,
        `invalid value ${short(actual)}`,
      );
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code;
      if (code === 'unknown-municipality')
        return problem(
          'error',
          path,
          'unknown-municipality',
          `okänd kommunkod ${q(actual)}`,
          `unknown municipality code ${q(actual)}`,
        );
      if (code === 'unsafe-url')
        return problem(
          'error',
          path,
          'unsafe-url',
          `otillåten adress ${short(actual)} (endast http, https, mailto och tel)`,
          `disallowed address ${short(actual)} (only http, https, mailto and tel)`,
        );
      return problem(
        'error',
        path,
        'invalid-value',
        `ogiltigt värde ${short(actual)}`,
        `invalid value ${short(actual)}`,
      );
    }
    default:
      return problem(
        'error',
        path,
        'invalid-record',
        `ogiltigt värde ${short(actual)}`,
        `invalid value ${short(actual)}`,
      );
  }
}

/** A kommun name where a code belongs: "Västerås" → menade du "1980" (Västerås)? */
function municipalityHint(issue: Issue, actual: unknown): { sv: string; en: string } | undefined {
  if (typeof actual !== 'string' || !('pattern' in issue) || String(issue.pattern) !== '/^\\d{4}$/')
    return undefined;
  const exact = findMunicipality(actual);
  const hit = exact ?? suggestMunicipalities(actual, 1)[0];
  const hint = hit ? ` (menade du "${hit.code}" för ${hit.name}?)` : '';
  const hintEn = hit ? ` (did you mean "${hit.code}" for ${hit.name}?)` : '';
  return {
    sv: `"${actual}" är ingen kommunkod; ange koden med fyra siffror${hint}`,
    en: `"${actual}" is not a municipality code; give the four-digit code${hintEn}`,
  };
}

function formatHint(issue: Issue & { code: 'invalid_format' }, lang: 'sv' | 'en'): string {
  const pattern = 'pattern' in issue ? String(issue.pattern) : '';
  if (pattern.includes('\\d{6}-\\d{4}'))
    return lang === 'sv' ? ' (organisationsnummer NNNNNN-NNNN)' : ' (organisation number NNNNNN-NNNN)';
  if (pattern.startsWith('/^\\d{4}-(0')) return lang === 'sv' ? ' (datum ÅÅÅÅ-MM-DD)' : ' (date YYYY-MM-DD)';
  if (pattern.startsWith('/^\\d{4}('))
    return lang === 'sv' ? ' (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)' : ' (YYYY, YYYY-MM or YYYY-MM-DD)';
  if (pattern === '/^\\d{4}$/')
    return lang === 'sv' ? ' (kommunkod, fyra siffror)' : ' (municipality code, four digits)';
  if (pattern.includes('A-Za-z0-9._:-'))
    return lang === 'sv' ? ' (id: bokstäver, siffror och . _ : -)' : ' (id: letters, digits and . _ : -)';
  return '';
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.hasOwn(cur, key) ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return cur;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'lista/list';
  if (typeof v === 'string') return short(v);
  return typeof v === 'object' ? 'objekt/object' : short(v);
}

/** Quotes a value, cut short so a huge string does not flood the report. */
export function short(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
