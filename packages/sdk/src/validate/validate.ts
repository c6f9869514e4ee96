import { formatPath, type Problem, problem } from '../problems/problem.js';
import { issueToProblem, short } from '../problems/zod-issues.js';
import { finish, inSlices, type Steps } from '../query/steps.js';
import {
  COLLECTIONS,
  type CollectionName,
  type DatasetData,
  FORMAT_VERSION,
  Meta,
} from '../schema/dataset.js';
import type * as z from '../schema/zod.js';
import { checkIntegrity, type DroppedRecords, foldFollowOns } from './integrity.js';
import { readDate } from './read-date.js';
import { setRecordOrigin } from './record-path.js';
import { type Fixer, parseWithRepair } from './repair.js';
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
  return finish(validateSteps(input, options));
}

/**
 * Like `validateDataset`, but gives the event loop a turn every few milliseconds, so validating a
 * large file in a page never blocks it for long (no long tasks while typing or scrolling).
 */
export async function validateDatasetAsync(
  input: unknown,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  return inSlices(validateSteps(input, options));
}

/** The validation, as steps: it pauses (yields) every few records so callers can spread the work. */
function* validateSteps(input: unknown, options: ValidateOptions): Steps<ValidationResult> {
  const problems: Problem[] = [];
  const data = emptyDataset();
  let file: Record<string, unknown> = {};
  // Every problem names its source and, inside a record, the record's id (paths alone say `[3]`).
  const report = (p: Problem): Problem => {
    const stored: Problem = options.source ? { ...p, source: options.source } : { ...p };
    const m = RECORD_PATH.exec(p.path);
    if (m && stored.recordId === undefined) {
      const id = (file[m[1]!] as Array<{ id?: unknown }> | undefined)?.[Number(m[2])]?.id;
      if (typeof id === 'string' && id) stored.recordId = id;
    }
    problems.push(stored);
    return stored;
  };

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
  file = input as Record<string, unknown>;
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

  /** Warnings for what a repair read another way or removed; the rest of the record is kept. */
  function reportRepairs(
    r: Extract<ReturnType<typeof parseWithRepair>, { ok: true }>,
    at: Array<string | number>,
    record: unknown,
  ): void {
    for (const { path, note } of r.fixed) {
      report(problem('warning', formatPath([...at, ...path]), 'invalid-format', note.sv, note.en));
    }
    for (const { path, issue } of r.removed) {
      const p = issueToProblem(issue, at, record);
      const unit = formatPath(path);
      const same = formatPath([...at, ...path]) === p.path;
      report({
        ...p,
        severity: 'warning',
        message: {
          sv: `${p.message.sv}; ${same ? 'värdet' : unit} tas bort, resten av posten behålls`,
          en: `${p.message.en}; ${same ? 'the value' : unit} is removed, the rest of the record is kept`,
        },
      });
    }
  }

  // Meta is repaired like a record: one bad optional value (an unsafe errorReport) never costs the
  // dataset its id, name and publisher.
  const meta = parseWithRepair(Meta, file.meta, readDates);
  if (meta.ok) {
    data.meta = meta.data as DatasetData['meta'];
    reportRepairs(meta, ['meta'], file.meta);
    warnUnknown(Meta, file.meta, ['meta'], report);
  } else {
    for (const issue of meta.issues) report(issueToProblem(issue, ['meta'], file.meta));
  }

  const dropped: DroppedRecords = new Map();
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
      const r = parseWithRepair(schema, record, readDates);
      if (!r.ok) {
        // One problem per field (a field failing two checks once), the first saying the record was dropped.
        const paths = new Set<string>();
        const issues = r.issues.filter((issue) => {
          const key = JSON.stringify(issue.path);
          return !paths.has(key) && paths.add(key) !== undefined;
        });
        issues.forEach((issue, k) => {
          const p = issueToProblem(issue, [name, i], record);
          if (k === 0) {
            p.message = {
              sv: `${p.message.sv} (posten hoppas över)`,
              en: `${p.message.en} (record skipped)`,
            };
          }
          const stored = report(p);
          const id = (record as { id?: unknown } | null)?.id;
          if (k === 0 && typeof id === 'string' && id && !dropped.has(id))
            dropped.set(id, { problem: stored, relations: 0, references: 0 });
        });
        continue;
      }
      reportRepairs(r, [name, i], record);
      warnUnknown(schema, record, [name, i], report);
      setRecordOrigin(r.data as object, name, i);
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

  yield* checkIntegrity(data, report, dropped);
  yield* checkTruth(data, report, options);
  foldFollowOns(dropped);
  return { data, problems, fatal: false };
}

const DATE_FIELDS = new Set(['updated', 'lastVerified', 'start', 'end', 'date']);

/** Dates in Swedish and Excel forms are read (with a warning saying how), not dropped. */
const readDates: Fixer = (issue, value) => {
  const key = issue.path[issue.path.length - 1];
  if (typeof key !== 'string' || !DATE_FIELDS.has(key)) return undefined;
  if (issue.code !== 'invalid_format' && !(issue.code === 'invalid_type' && typeof value === 'number'))
    return undefined;
  return readDate(value);
};

const RECORD_PATH = /^(organisations|services|relations|taxonomy|statistics|sources)\[(\d+)\]/;

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
