import { type Problem, problem } from '../problems/problem.js';
import { Dataset, type DatasetRecord, type GraphRelation, type RelationQuery } from '../query/dataset.js';
import { isoDay, type TodayOption } from '../query/status.js';
import type { DatasetData } from '../schema/dataset.js';
import type { Service } from '../schema/service.js';
import { decodeText } from '../text/decode.js';
import { setRecordOrigin } from '../validate/record-path.js';
import { SDK_VERSION } from '../version.js';
import { decodeIndexFile, type IndexFileContent, stampOf } from './index-file.js';
import { SearchIndex } from './search-index.js';

/**
 * A dataset read through its prebuilt index: organisations, relations and vocabulary are there at
 * once; an insats is parsed from the JSON text the first time it is asked for. Whatever needs every
 * insats (`services`, `servicesByOrganisation`, `allRelationsList`, …) reads them all first
 * (`complete()`), so no answer is ever partial.
 */
export class LazyDataset extends Dataset {
  readonly index: SearchIndex;
  /** The file's bytes (spans in bytes), or its decoded text (spans in characters). */
  private readonly file: { bytes: Uint8Array } | { text: string };
  private decoder?: TextDecoder;
  private readonly content: IndexFileContent;
  private readonly overrides: Map<number, Service>;
  private readonly parsed = new Map<number, Service>();
  private full?: Dataset;
  private readonly fullData: () => DatasetData;

  constructor(content: IndexFileContent, source: { bytes: Uint8Array } | { text: string }) {
    const { services: _, ...rest } = content.rest;
    super({ ...rest, services: [] });
    this.content = content;
    this.file = source;
    this.index = new SearchIndex(content.index);
    this.overrides = new Map(content.overrides);
    this.fullData = () => ({
      ...rest,
      relations: rest.relations.slice(0, content.explicitRelations),
      services: Array.from(content.origins, (_, d) => this.record(d)),
    });
    // Code reading `data.services` gets all of them, never the empty list the lazy view starts from.
    Object.defineProperty(this.data, 'services', {
      get: () => this.complete().data.services,
      enumerable: true,
    });
  }

  /** Number of insatser, without reading them. */
  get size(): number {
    return this.index.size;
  }

  /** Whether every insats has been read (`complete()` was called). */
  get completed(): boolean {
    return this.full !== undefined;
  }

  /** Reads every insats (once) and returns the whole dataset. */
  complete(): Dataset {
    this.full ??= new Dataset(this.fullData());
    return this.full;
  }

  private record(d: number): Service {
    let s = this.parsed.get(d);
    if (!s) {
      const { spans, origins } = this.content;
      s = this.overrides.get(d) ?? (JSON.parse(this.slice(spans[2 * d]!, spans[2 * d + 1]!)) as Service);
      setRecordOrigin(s, 'services', origins[d]!);
      this.parsed.set(d, s);
    }
    return s;
  }

  private slice(from: number, to: number): string {
    if ('text' in this.file) return this.file.text.slice(from, to);
    this.decoder ??= new TextDecoder();
    return this.decoder.decode(this.file.bytes.subarray(from, to));
  }

  override service(id: string): Service | undefined {
    if (this.full) return this.full.service(id);
    const d = this.index.position(id);
    return d === undefined ? undefined : this.record(d);
  }
  override get(id: string): DatasetRecord | undefined {
    return this.organisation(id) ?? this.service(id);
  }
  override isService(record: DatasetRecord | undefined): record is Service {
    if (record === undefined) return false;
    if (this.full) return this.full.isService(record);
    const d = this.index.position(record.id);
    return d !== undefined && this.parsed.get(d) === record;
  }
  override relationsOf(id: string, query: RelationQuery = {}): GraphRelation[] {
    // Derived "delivers" relations are not kept in the index (one per provider of every insats).
    const kinds = query.kind === undefined ? [] : typeof query.kind === 'string' ? [query.kind] : query.kind;
    if (!this.full && kinds.length > 0 && !kinds.includes('delivers')) return super.relationsOf(id, query);
    return this.complete().relationsOf(id, query);
  }
  override allRelationsList(options: { derived?: boolean } = {}): GraphRelation[] {
    return this.complete().allRelationsList(options);
  }
  override servicesByOrganisation(orgId: string, options: { includeUnits?: boolean } = {}): Service[] {
    return this.complete().servicesByOrganisation(orgId, options);
  }
}

export type OpenPrebuilt =
  | { ok: true; dataset: LazyDataset; problems: Problem[] }
  | { ok: false; problem: Problem };

export interface OpenPrebuiltOptions extends TodayOption {
  /** The data file's name for problems (its URL). */
  source?: string;
}

/**
 * Opens a dataset through its prebuilt index (`samordningskartan index`): the index file's bytes and
 * the data file's bytes, as fetched. When the index does not belong to this file (built from another
 * version of it, by another SDK version, or statuses it fixed have changed since), it is not used:
 * the answer is a warning saying why, and the caller reads the file the ordinary way.
 */
export function openPrebuilt(
  indexFile: ArrayBuffer | Uint8Array,
  json: Uint8Array,
  options: OpenPrebuiltOptions = {},
): OpenPrebuilt {
  const stale = (sv: string, en: string): OpenPrebuilt => {
    const p = problem(
      'warning',
      '',
      'stale-index',
      `sökindexet används inte: ${sv}; kör "samordningskartan index" på datafilen igen`,
      `the search index is not used: ${en}; run "samordningskartan index" on the data file again`,
    );
    return { ok: false, problem: options.source ? { ...p, source: options.source } : p };
  };
  let content: IndexFileContent;
  try {
    content = decodeIndexFile(indexFile);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return stale(`filen kunde inte läsas (${msg})`, `the file could not be read (${msg})`);
  }
  const { header } = content;
  if (header.sdk !== SDK_VERSION)
    return stale(
      `det skrevs av version ${header.sdk}, detta är ${SDK_VERSION}`,
      `it was written by version ${header.sdk}, this is ${SDK_VERSION}`,
    );
  const stamp = stampOf(json);
  if (stamp.bytes !== header.source.bytes || stamp.hash !== header.source.hash)
    return stale('datafilen har ändrats sedan det byggdes', 'the data file has changed since it was built');
  const today = isoDay(options.today);
  // A status read from a period on the day of indexing holds while no period date lies in between.
  const side = (date: string, day: string) => Math.sign(date.localeCompare(day.slice(0, date.length)));
  if (header.dates.some((date) => side(date, header.day) !== side(date, today)))
    return stale(
      `en insats period har börjat eller slutat sedan ${header.day}`,
      `an insats's period has begun or ended since ${header.day}`,
    );
  // A UTF-8 file is not decoded as a whole: only the records shown are.
  const dataset = new LazyDataset(
    content,
    header.spans === 'bytes' ? { bytes: json } : { text: decodeText(json).text },
  );
  const problems = options.source
    ? content.problems.map((p) => ({ ...p, source: options.source! }))
    : content.problems;
  return { ok: true, dataset, problems };
}
