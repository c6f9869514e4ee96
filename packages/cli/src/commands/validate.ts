import { basename } from 'node:path';
import {
  countProblems,
  type DatasetData,
  type DatasetSource,
  type Lang,
  loadDataset,
  type Problem,
  parseJsonBytes,
} from '@samordningskartan/sdk';
import {
  type MissingFieldCount,
  missingRecommended,
  type StaleReport,
  staleServices,
  tablesToDataset,
} from '@samordningskartan/sdk/interop';
import { CliError, counted, text, UsageError } from '../messages.js';
import { isSpreadsheet, readBytes, readTables } from './io.js';
import { problemLines } from './report.js';

export interface ValidateReport {
  errors: number;
  warnings: number;
  problems: Problem[];
  counts: Record<string, number>;
  /** Insatser not verified within `staleMonths` months. */
  stale: StaleReport & { months: number };
  /** Recommended fields that records lack. */
  missingRecommended: MissingFieldCount[];
}

/** Reads a file path or URL into something `loadDataset` takes. */
export async function readSource(arg: string): Promise<DatasetSource> {
  if (/^https?:\/\//.test(arg)) return arg;
  const body = await readBytes(arg);
  return new Response(new Uint8Array(body), { headers: { 'content-type': 'application/json' } });
}

/** HSDS, not our format: a list, a page of results, or an object with HSDS fields and no `meta`. */
function looksLikeHsds(value: unknown): boolean {
  if (Array.isArray(value))
    return value.some((v) => v && typeof v === 'object' && ('name' in v || 'id' in v));
  if (!value || typeof value !== 'object') return false;
  const o = value as Record<string, unknown>;
  if ('formatVersion' in o || 'meta' in o) return false;
  return ['contents', 'organization_id', 'services', 'service_at_locations', 'taxonomy_terms', 'phones'].some(
    (k) => k in o,
  );
}

/** Validates files (merged when several), a workbook or a folder of CSV files, and returns the report. */
export async function validateFiles(args: string[], staleMonths = 12): Promise<ValidateReport> {
  const spreadsheets = await Promise.all(args.map((a) => isSpreadsheet(a)));
  if (spreadsheets.some(Boolean)) {
    if (args.length > 1)
      throw new UsageError(
        text(
          'Validera ett kalkylark eller en mapp i taget, utan andra filer.',
          'Validate one workbook or folder at a time, without other files.',
        ),
      );
    const result = tablesToDataset(await readTables(args[0]!));
    return report(result.data, result.problems, staleMonths);
  }
  const sources: DatasetSource[] = [];
  const labels: string[] = [];
  const early: Problem[] = [];
  for (const arg of args) {
    if (/^https?:\/\//.test(arg)) {
      sources.push(arg);
      labels.push(arg);
      continue;
    }
    // Parsed here, not by the loader, so HSDS files can be told apart and encodings named per file.
    const parsed = parseJsonBytes(await readBytes(arg));
    const label = args.length > 1 ? arg : basename(arg);
    if (!parsed.ok) {
      early.push({ ...parsed.problem, source: label });
      continue;
    }
    if (looksLikeHsds(parsed.value))
      throw new CliError(
        text(
          `${arg} ser ut som HSDS (Open Referral), inte som en Samordningskartan-fil. Läs in den först: samordningskartan import hsds ${arg} -o data.json (importen visar vad som saknas eller är fel).`,
          `${arg} looks like HSDS (Open Referral), not a Samordningskartan file. Import it first: samordningskartan import hsds ${arg} -o data.json (the import shows what is missing or wrong).`,
        ),
      );
    for (const p of parsed.problems ?? []) early.push({ ...p, source: label });
    sources.push(parsed.value as object);
    labels.push(label);
  }
  // With one file the paths say enough; with several, each problem names its file.
  const result = sources.length ? await loadDataset(sources, args.length > 1 ? { labels } : {}) : undefined;
  const problems = [...early, ...(result?.problems ?? [])];
  return report(result?.dataset.data, problems, staleMonths);
}

function report(data: DatasetData | undefined, problems: Problem[], staleMonths: number): ValidateReport {
  const { errors, warnings } = countProblems(problems);
  const orgs = data?.organisations ?? [];
  return {
    errors,
    warnings,
    problems,
    counts: {
      associations: orgs.filter((o) => o.kind === 'coordinationAssociation').length,
      organisations: orgs.length,
      services: data?.services.length ?? 0,
      relations: data?.relations.length ?? 0,
      taxonomy: data?.taxonomy.length ?? 0,
      statistics: data?.statistics.length ?? 0,
      sources: data?.sources.length ?? 0,
    },
    stale: data
      ? { months: staleMonths, ...staleServices(data, staleMonths) }
      : { months: staleMonths, ...staleServices({ services: [] } as unknown as DatasetData, staleMonths) },
    missingRecommended: data ? missingRecommended(data) : [],
  };
}

export async function validateCommand(
  args: string[],
  options: { json: boolean; lang: Lang; staleMonths?: number },
  out: NodeJS.WritableStream,
): Promise<number> {
  let report: ValidateReport;
  try {
    report = await validateFiles(args, options.staleMonths);
  } catch (error) {
    // A file that cannot be read is a finding of `validate`: reported on stdout like the rest.
    if (!(error instanceof CliError) || error instanceof UsageError) throw error;
    const problem: Problem = {
      severity: 'error',
      path: '',
      code: 'invalid-json',
      message: error.text,
      fatal: true,
    };
    out.write(
      options.json
        ? `${JSON.stringify({ errors: 1, warnings: 0, problems: [problem], counts: {}, message: error.text[options.lang] }, null, 2)}\n`
        : `${error.text[options.lang]}\n`,
    );
    return 1;
  }
  if (options.json) {
    out.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    out.write(humanReport(report, options.lang));
  }
  return report.errors > 0 ? 1 : 0;
}

function humanReport(r: ValidateReport, lang: Lang): string {
  const sv = lang === 'sv';
  const lines = problemLines(r.problems, lang);
  if (lines.length) lines.push('');
  lines.push(
    Object.entries(r.counts)
      .map(([k, n]) => counted(n, k as 'organisations', lang))
      .join(', '),
  );
  lines.push(...qualityLines(r, lang));
  lines.push(`${counted(r.errors, 'errors', lang)}, ${counted(r.warnings, 'warnings', lang)}`);
  lines.push(
    r.errors > 0
      ? sv
        ? 'Ogiltig: rätta felen ovan.'
        : 'Invalid: fix the errors above.'
      : sv
        ? 'Giltig.'
        : 'Valid.',
  );
  return `${lines.join('\n')}\n`;
}

/** The stale and missing-field summaries: advice, not errors (they never change the exit code). */
function qualityLines(r: ValidateReport, lang: Lang): string[] {
  const sv = lang === 'sv';
  const lines: string[] = [];
  const { stale, undated, months, before } = r.stale;
  if (stale.length || undated.length) {
    lines.push(
      sv
        ? `Inaktuellt: ${counted(stale.length, 'services', lang)} är inte kontrollerade på ${months} månader (före ${before})${undated.length ? `, ${undated.length} saknar datum` : ''}:`
        : `Stale: ${counted(stale.length, 'services', lang)} not verified for ${months} months (before ${before})${undated.length ? `, ${undated.length} undated` : ''}:`,
    );
    lines.push(
      `  ${[...stale.map((s) => `${s.id} (${s.date})`), ...undated.map((id) => `${id} (${sv ? 'inget datum' : 'no date'})`)].join(', ')}`,
    );
  }
  if (r.missingRecommended.length) {
    lines.push(sv ? 'Rekommenderade fält som saknas:' : 'Recommended fields missing:');
    for (const m of r.missingRecommended) {
      const shown = m.ids.slice(0, 5).join(', ') + (m.ids.length > 5 ? ` …` : '');
      lines.push(
        `  ${m.label[lang]}: ${counted(m.ids.length, m.collection === 'services' ? 'services' : 'organisations', lang)} (${shown})`,
      );
    }
  }
  return lines;
}
