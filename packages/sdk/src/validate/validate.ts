import { formatPath, type Problem, problem } from '../problems/problem.js';
import { issueToProblem, short } from '../problems/zod-issues.js';
import {
  COLLECTIONS,
  type CollectionName,
  type DatasetData,
  FORMAT_VERSION,
  Meta,
} from '../schema/dataset.js';
import type * as z from '../schema/zod.js';
import { checkIntegrity } from './integrity.js';
import { setRecordOrigin } from './record-path.js';
import { stripDangerousKeys } from './sanitize.js';
import { checkTruth } from './truth-checks.js';
import { unknownFields } from './unknown-fields.js';

export interface ValidationResult {
  /** The valid part of the input: invalid records dropped, dangling references removed. */
  data: DatasetData;
  problems: Problem[];
  /** True when nothing usable was found (not an object, or a newer major format version). */
  fatal: boolean;
}

export interface ValidateOptions {
  /** Label of the source (URL or file name), set on every problem. */
  source?: string;
  /** The day an insats's status is checked against its period (default: now). */
  today?: Date | string;
}

/** An empty dataset, the result when nothing could be read. */
export function emptyDataset(): DatasetData {
  return {
    formatVersion: FORMAT_VERSION,
    meta: { id: 'tom', name: 'Tom datamängd', publisher: '-', updated: '1970-01-01', license: 'CC0-1.0' },
    organisations: [],
    services: [],
    relations: [],
    taxonomy: [],
    statistics: [],
    sources: [],
    synonyms: [],
    layouts: {},
  };
}

/**
 * Validates a parsed dataset file record by record. Invalid records are dropped and reported, valid
 * ones kept; references are checked across the file. Never throws on any JSON value.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const steps = validateSteps(input, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Like `validateDataset`, but gives the event loop a turn every few milliseconds, so validating a
 * large file in a page never blocks it for long (no long tasks while typing or scrolling).
 */
export async function validateDatasetAsync(
  input: unknown,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const steps = validateSteps(input, options);
  let last = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - last > 8) {
      await yieldToEventLoop();
      last = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}

function yieldToEventLoop(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The validation, as steps: it pauses (yields) every few records so callers can spread the work. */
function* validateSteps(input: unknown, options: ValidateOptions): Generator<void, ValidationResult> {
  const problems: Problem[] = [];
  const report = (p: Problem) => problems.push(options.source ? { ...p, source: options.source } : p);
  const data = emptyDataset();

  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    report(
      problem(
        'error',
        '',
        'not-an-object',
        `filen ska innehålla ett JSON-objekt, inte ${short(input)}`,
        `the file must hold a JSON object, not ${short(input)}`,
        { fatal: true },
      ),
    );
    return { data, problems, fatal: true };
  }
  // Keys that could change a prototype when copied go first: at the top level here, in `meta` and
  // `layouts` (copied by assignment) and in each record as it is validated.
  const strip = (value: unknown, prefix: PropertyKey[], maxDepth?: number) => {
    for (const path of stripDangerousKeys(value, prefix, maxDepth)) {
      report(
        problem(
          'warning',
          path,
          'unknown-field',
          'otillåtet fältnamn togs bort',
          'disallowed field name was removed',
        ),
      );
    }
  };
  const file = input as Record<string, unknown>;
  strip(file, [], 0);
  strip(file.meta, ['meta']);
  strip(file.layouts, ['layouts']);

  const version = file.formatVersion;
  if (version === undefined) {
    report(
      problem(
        'error',
        'formatVersion',
        'missing-format-version',
        `formatVersion saknas; läses som version ${FORMAT_VERSION}`,
        `formatVersion is missing; read as version ${FORMAT_VERSION}`,
      ),
    );
  } else if (typeof version !== 'number' || !Number.isFinite(version) || version < 1) {
    report(
      problem(
        'error',
        'formatVersion',
        'invalid-value',
        `ogiltig formatVersion ${short(version)}; läses som version ${FORMAT_VERSION}`,
        `invalid formatVersion ${short(version)}; read as version ${FORMAT_VERSION}`,
      ),
    );
  } else if (Math.floor(version) > FORMAT_VERSION) {
    report(
      problem(
        'error',
        'formatVersion',
        'unsupported-format-version',
        `filen har formatversion ${version}, men den här versionen av Samordningskartan läser bara version ${FORMAT_VERSION}. Uppdatera Samordningskartan.`,
        `the file has format version ${version}, but this version of Samordningskartan reads only version ${FORMAT_VERSION}. Please upgrade Samordningskartan.`,
        { fatal: true },
      ),
    );
    return { data, problems, fatal: true };
  } else {
    data.formatVersion = version;
  }

  const meta = Meta.safeParse(file.meta);
  if (meta.success) {
    data.meta = meta.data;
    warnUnknown(Meta, file.meta, ['meta'], report);
  } else {
    for (const issue of meta.error.issues) report(issueToProblem(issue, ['meta'], file.meta));
  }

  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const raw = file[name];
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      report(
        problem(
          'error',
          name,
          'invalid-type',
          `ska vara en lista, är ${short(raw)}`,
          `expected a list, got ${short(raw)}`,
        ),
      );
      continue;
    }
    const schema = COLLECTIONS[name];
    const kept: unknown[] = [];
    for (let i = 0; i < raw.length; i++) {
      if (i % 64 === 63) yield;
      const record: unknown = raw[i];
      strip(record, [name, i]);
      const r = schema.safeParse(record);
      if (!r.success) {
        // One problem per field, the first saying the record was dropped.
        r.error.issues.forEach((issue, k) => {
          const p = issueToProblem(issue, [name, i], record);
          if (k === 0) {
            p.message = {
              sv: `${p.message.sv} (posten hoppas över)`,
              en: `${p.message.en} (record skipped)`,
            };
          }
          report(p);
        });
        continue;
      }
      warnUnknown(schema, record, [name, i], report);
      setRecordOrigin(r.data, name, i);
      kept.push(r.data);
    }
    (data as Record<string, unknown>)[name] = kept;
  }

  if (file.synonyms !== undefined) {
    if (
      Array.isArray(file.synonyms) &&
      file.synonyms.every((g) => Array.isArray(g) && g.every((w) => typeof w === 'string'))
    ) {
      data.synonyms = file.synonyms as string[][];
    } else {
      report(
        problem(
          'error',
          'synonyms',
          'invalid-type',
          'ska vara en lista av listor med ord',
          'expected a list of lists of words',
        ),
      );
    }
  }
  if (file.layouts !== undefined) {
    if (file.layouts !== null && typeof file.layouts === 'object' && !Array.isArray(file.layouts)) {
      data.layouts = readLayouts(file.layouts as Record<string, unknown>, report);
    } else {
      report(problem('error', 'layouts', 'invalid-type', 'ska vara ett objekt', 'expected an object'));
    }
  }
  // Keep unknown top-level fields (forward compatibility) and say so.
  for (const key of Object.keys(file)) {
    if (!KNOWN_TOP_LEVEL.has(key)) {
      data[key] = file[key];
      report(
        problem(
          'warning',
          formatPath([key]),
          'unknown-field',
          `okänt fält "${key}" behålls men används inte`,
          `unknown field "${key}" is kept but not used`,
        ),
      );
    }
  }

  checkIntegrity(data, report);
  checkTruth(data, report, options);
  return { data, problems, fatal: false };
}

const KNOWN_TOP_LEVEL = new Set([
  '$schema',
  'formatVersion',
  'meta',
  'synonyms',
  'layouts',
  ...Object.keys(COLLECTIONS),
]);

function warnUnknown(
  schema: z.core.$ZodType,
  value: unknown,
  prefix: PropertyKey[],
  report: (p: Problem) => void,
) {
  for (const path of unknownFields(schema, value, prefix)) {
    const key = String(path[path.length - 1]);
    report(
      problem(
        'warning',
        formatPath(path),
        'unknown-field',
        `okänt fält "${key}" behålls men används inte`,
        `unknown field "${key}" is kept but not used`,
      ),
    );
  }
}

function readLayouts(raw: Record<string, unknown>, report: (p: Problem) => void): DatasetData['layouts'] {
  const out: DatasetData['layouts'] = {};
  for (const [view, positions] of Object.entries(raw)) {
    if (positions === null || typeof positions !== 'object' || Array.isArray(positions)) {
      report(
        problem(
          'error',
          formatPath(['layouts', view]),
          'invalid-type',
          'ska vara ett objekt',
          'expected an object',
        ),
      );
      continue;
    }
    const kept: Record<string, { x: number; y: number }> = {};
    for (const [id, pos] of Object.entries(positions)) {
      const p = pos as { x?: unknown; y?: unknown } | null;
      if (
        p &&
        typeof p.x === 'number' &&
        typeof p.y === 'number' &&
        Number.isFinite(p.x) &&
        Number.isFinite(p.y)
      ) {
        kept[id] = { x: p.x, y: p.y };
      } else {
        report(
          problem(
            'error',
            formatPath(['layouts', view, id]),
            'invalid-type',
            'ska vara { x, y } med tal',
            'expected { x, y } numbers',
          ),
        );
      }
    }
    out[view] = kept;
  }
  return out;
}
