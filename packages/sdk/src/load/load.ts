import { mergeDatasets } from '../merge/merge.js';
import { countProblems, type Problem } from '../problems/problem.js';
import { Dataset } from '../query/dataset.js';
import { inSlices } from '../query/steps.js';
import { emptyDataset, type ValidationResult, validateDatasetAsync } from '../validate/validate.js';
import { type FetchOptions, type FetchOutcome, fetchJson, parseJsonBytesAsync } from './fetch-json.js';

/** Where a dataset comes from: a URL, a `Response`, or an already parsed object. */
export type DatasetSource = string | URL | Response | object;

export interface LoadOptions extends FetchOptions {
  /** Names for the sources in problems (default: the URL), e.g. file names. */
  labels?: readonly string[];
}

export interface LoadResult {
  /** The valid, merged data with its queries. Empty (never undefined) when nothing could be read. */
  dataset: Dataset;
  /** Every problem found, errors first within each source. */
  problems: Problem[];
  errors: number;
  warnings: number;
  /** True when at least one source could not be read at all. */
  fatal: boolean;
}

/**
 * Loads, validates and merges one or several datasets.
 *
 * Never rejects on bad data or network faults: they come back as `problems` (with `fatal` set when a
 * source gave nothing). Rejects only when `options.signal` aborts.
 */
export async function loadDataset(
  source: DatasetSource | readonly DatasetSource[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const sources = Array.isArray(source) ? source : [source];
  const outcomes = await Promise.all(sources.map((s) => readSource(s, options)));
  const problems: Problem[] = [];
  const parts: Array<{ data: ValidationResult['data']; label?: string }> = [];
  let fatal = false;
  for (const [i, { outcome, label: own }] of outcomes.entries()) {
    const label = options.labels?.[i] ?? own;
    if (!outcome.ok) {
      fatal = true;
      problems.push(label ? { ...outcome.problem, source: label } : outcome.problem);
      continue;
    }
    for (const p of outcome.problems ?? []) problems.push(label ? { ...p, source: label } : p);
    const result = await validateDatasetAsync(outcome.value, label ? { source: label } : {});
    problems.push(...result.problems);
    if (result.fatal) fatal = true;
    else parts.push(label ? { data: result.data, label } : { data: result.data });
  }
  const merged = parts.length ? mergeDatasets(parts) : { data: emptyDataset(), problems: [] };
  problems.push(...merged.problems);
  // Indexed in slices: on a page's main thread (where no worker starts) 50 000 insatser take a while.
  const dataset = await inSlices(
    Dataset.steps(merged.data),
    options.signal ? { signal: options.signal } : {},
  );
  return { dataset, problems, ...countProblems(problems), fatal };
}

async function readSource(
  source: DatasetSource,
  options: LoadOptions,
): Promise<{ outcome: FetchOutcome; label?: string }> {
  if (typeof source === 'string' || source instanceof URL) {
    const url = String(source);
    return { outcome: await fetchJson(url, options), label: url };
  }
  if (typeof Response !== 'undefined' && source instanceof Response) {
    const label = source.url || undefined;
    try {
      const bytes = await source.arrayBuffer();
      return {
        outcome: await parseJsonBytesAsync(bytes, source.headers.get('content-type')),
        ...(label && { label }),
      };
    } catch (error) {
      const msg = error instanceof Error ? error.message : String(error);
      return {
        outcome: {
          ok: false,
          problem: {
            severity: 'error',
            path: '',
            code: 'network-error',
            message: { sv: `kunde inte läsa svaret: ${msg}`, en: `could not read the response: ${msg}` },
            fatal: true,
            transient: true,
          },
        },
        ...(label && { label }),
      };
    }
  }
  return { outcome: { ok: true, value: source } };
}
