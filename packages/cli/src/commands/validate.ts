import { readFile } from 'node:fs/promises';
import {
  type DatasetSource,
  formatProblem,
  type Lang,
  loadDataset,
  type Problem,
} from '@samordningskartan/sdk';
import {
  type MissingFieldCount,
  missingRecommended,
  type StaleReport,
  staleServices,
} from '@samordningskartan/sdk/interop';

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
  try {
    const body = await readFile(arg);
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT' ? `Filen finns inte: ${arg}` : `Kunde inte läsa ${arg}: ${(error as Error).message}`,
    );
  }
}

/** Validates files (merged when several) and returns the report the CLI prints. */
export async function validateFiles(args: string[], staleMonths = 12): Promise<ValidateReport> {
  const sources = await Promise.all(args.map(readSource));
  // With one file the paths say enough; with several, each problem names its file.
  const result = await loadDataset(sources, args.length > 1 ? { labels: args } : {});
  const problems = result.problems;
  const d = result.dataset;
  return {
    errors: result.errors,
    warnings: result.warnings,
    problems,
    counts: {
      associations: d.associations().length,
      organisations: d.organisations.length,
      services: d.services.length,
      relations: d.relations.length,
      taxonomy: d.data.taxonomy.length,
      statistics: d.statistics.length,
      sources: d.sources.length,
    },
    stale: { months: staleMonths, ...staleServices(d.data, staleMonths) },
    missingRecommended: missingRecommended(d.data),
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
    out.write(
      options.json
        ? `${JSON.stringify({ errors: 1, warnings: 0, problems: [], counts: {}, message: (error as Error).message })}\n`
        : `${(error as Error).message}\n`,
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

const COUNT_LABELS: Record<string, { sv: string; en: string }> = {
  associations: { sv: 'samordningsförbund', en: 'coordination associations' },
  organisations: { sv: 'organisationer', en: 'organisations' },
  services: { sv: 'insatser', en: 'insatser (services)' },
  relations: { sv: 'relationer', en: 'relations' },
  taxonomy: { sv: 'egna termer', en: 'own terms' },
  statistics: { sv: 'statistikposter', en: 'statistics' },
  sources: { sv: 'källor', en: 'sources' },
};

function humanReport(r: ValidateReport, lang: Lang): string {
  const sv = lang === 'sv';
  const lines: string[] = [];
  for (const p of r.problems) {
    const tag =
      p.severity === 'error'
        ? sv
          ? 'FEL'
          : 'ERROR'
        : p.severity === 'warning'
          ? sv
            ? 'VARNING'
            : 'WARNING'
          : 'INFO';
    lines.push(`${tag.padEnd(8)} ${formatProblem(p, lang)}`);
  }
  if (lines.length) lines.push('');
  lines.push(
    Object.entries(r.counts)
      .map(([k, n]) => `${n} ${COUNT_LABELS[k]?.[lang] ?? k}`)
      .join(', '),
  );
  lines.push(...qualityLines(r, lang));
  lines.push(sv ? `${r.errors} fel, ${r.warnings} varningar` : `${r.errors} errors, ${r.warnings} warnings`);
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
        ? `Inaktuellt: ${stale.length} insatser är inte kontrollerade på ${months} månader (före ${before})${undated.length ? `, ${undated.length} saknar datum` : ''}:`
        : `Stale: ${stale.length} insatser not verified for ${months} months (before ${before})${undated.length ? `, ${undated.length} undated` : ''}:`,
    );
    lines.push(
      `  ${[...stale.map((s) => `${s.id} (${s.date})`), ...undated.map((id) => `${id} (${sv ? 'inget datum' : 'no date'})`)].join(', ')}`,
    );
  }
  if (r.missingRecommended.length) {
    lines.push(sv ? 'Rekommenderade fält som saknas:' : 'Recommended fields missing:');
    for (const m of r.missingRecommended) {
      const what =
        m.collection === 'services'
          ? sv
            ? 'insatser'
            : 'insatser'
          : sv
            ? 'organisationer'
            : 'organisations';
      const shown = m.ids.slice(0, 5).join(', ') + (m.ids.length > 5 ? ` …` : '');
      lines.push(`  ${m.label[lang]}: ${m.ids.length} ${what} (${shown})`);
    }
  }
  return lines;
}
