import { parseJsonText } from '../load/fetch-json.js';
import { countProblems, type Problem } from '../problems/problem.js';
import { Dataset } from '../query/dataset.js';
import { isoDay, type TodayOption } from '../query/status.js';
import { decodeText } from '../text/decode.js';
import { recordOrigin } from '../validate/record-path.js';
import { validateDataset } from '../validate/validate.js';
import { SDK_VERSION } from '../version.js';
import { searchOptionsFor, serviceDocument } from './documents.js';
import { encodeIndexFile, INDEX_FILE_FORMAT, stampOf } from './index-file.js';
import { recordSpans } from './record-spans.js';
import { SearchIndex } from './search-index.js';

export interface IndexFileBuild {
  /** The index file's bytes; undefined when the data file has errors (an index needs a valid file). */
  file?: Uint8Array;
  problems: Problem[];
  errors: number;
  warnings: number;
  /** Insatser indexed. */
  services: number;
}

/**
 * Builds the prebuilt search index of a dataset file (its bytes, as served). Only a file without
 * errors gets one: the index stands for the records as validated, and a reader shows them without
 * validating again. Records the validation changed are stored in the index as validated.
 */
export function buildIndexFile(bytes: Uint8Array, options: TodayOption = {}): IndexFileBuild {
  const decoded = decodeText(bytes);
  const parsed = parseJsonText(decoded.text);
  if (!parsed.ok) return { problems: [parsed.problem], errors: 1, warnings: 0, services: 0 };
  const v = validateDataset(parsed.value, options);
  const problems = [...(decoded.problem ? [decoded.problem] : []), ...v.problems];
  const counts = countProblems(problems);
  const rawSpans = recordSpans(decoded.text);
  if (v.fatal || counts.errors > 0 || !rawSpans) return { problems, ...counts, services: 0 };

  const dataset = new Dataset(v.data);
  const services = dataset.services;
  const day = isoDay(options.today);
  const index = SearchIndex.build(
    services.map((s) => serviceDocument(dataset, s, { today: day })),
    searchOptionsFor(dataset),
  );
  const spans = new Uint32Array(services.length * 2);
  const origins = new Uint32Array(services.length);
  const overrides: Array<[number, (typeof services)[number]]> = [];
  const dates = new Set<string>();
  services.forEach((s, d) => {
    const at = recordOrigin(s)?.[1] ?? d;
    origins[d] = at;
    spans[2 * d] = rawSpans[2 * at]!;
    spans[2 * d + 1] = rawSpans[2 * at + 1]!;
    const raw: unknown = JSON.parse(decoded.text.slice(spans[2 * d], spans[2 * d + 1]));
    if (!sameJson(raw, s)) overrides.push([d, s]);
    if (s.period?.start) dates.add(s.period.start);
    if (s.period?.end) dates.add(s.period.end);
  });
  // The page shows who funds an insats; the relations derived from its `funding` are kept so that
  // holds without reading the insats list.
  const derivedFunds = dataset
    .allRelationsList()
    .filter((r) => r.derived && r.kind === 'funds')
    .map(({ kind, from, to, derived }) => ({ id: `${kind}:${from}:${to}`, kind, from, to, derived }));
  // A UTF-8 file's records are found by byte: a reader then decodes only those it shows.
  const byBytes = decoded.encoding === 'utf-8';
  if (byBytes) toByteOffsets(decoded.text, spans, bytes[0] === 0xef ? 3 : 0);
  const file = encodeIndexFile({
    header: {
      format: INDEX_FILE_FORMAT,
      sdk: SDK_VERSION,
      source: stampOf(bytes),
      day,
      dates: [...dates].sort(),
      spans: byBytes ? 'bytes' : 'chars',
    },
    index: index.data,
    spans,
    origins,
    rest: { ...v.data, services: [], relations: [...v.data.relations, ...derivedFunds] },
    explicitRelations: v.data.relations.length,
    problems,
    overrides,
  });
  return { file, problems, ...counts, services: services.length };
}

/** Equal as JSON (key order and undefined values aside). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const ka = keys(ao);
  return ka.length === keys(bo).length && ka.every((k) => Object.hasOwn(bo, k) && sameJson(ao[k], bo[k]));
}

/** Turns character offsets in `text` into UTF-8 byte offsets (after `skip` bytes, a BOM), in place. */
function toByteOffsets(text: string, spans: Uint32Array, skip: number): void {
  const order = Uint32Array.from(spans.keys()).sort((a, b) => spans[a]! - spans[b]!);
  let char = 0;
  let byte = skip;
  for (const k of order) {
    const to = spans[k]!;
    for (; char < to; char++) {
      const c = text.charCodeAt(char);
      if (c < 0x80) byte += 1;
      else if (c < 0x800) byte += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        byte += 4;
        char++;
      } else byte += 3;
    }
    spans[k] = byte;
  }
}
