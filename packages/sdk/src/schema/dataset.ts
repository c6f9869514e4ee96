import { Id, IsoDate, LocalizedText, PartialDate, WebUrl } from './common.js';
import { ErrorReportUrl } from './error-report.js';
import { Organisation } from './organisation.js';
import { Relation } from './relation.js';
import { Service } from './service.js';
import { Statistic } from './statistic.js';
import { Term } from './taxonomy.js';
import * as z from './zod.js';

/** The major version of the format this SDK reads and writes. */
export const FORMAT_VERSION = 1;

/** Who publishes the dataset, under what licence, and when it was updated. */
export const Meta = z.looseObject({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  publisher: LocalizedText,
  updated: IsoDate,
  /** BCP 47 language of plain-string texts; "sv" by default. */
  language: z.optional(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/))),
  /** SPDX licence id, e.g. "CC0-1.0" or "CC-BY-4.0". */
  license: z.string().check(z.minLength(1)),
  website: z.optional(WebUrl),
  /**
   * Functional address for error reports: `mailto:` a shared mailbox, or a form URL. Every insats's
   * "Rapportera fel i uppgiften" link is built from it (`errorReportLink`).
   */
  errorReport: z.optional(ErrorReportUrl),
});
export type Meta = z.infer<typeof Meta>;

/** A document or web page that facts come from. */
export const Source = z.looseObject({
  id: Id,
  title: LocalizedText,
  publisher: z.optional(LocalizedText),
  date: z.optional(PartialDate),
  url: z.optional(WebUrl),
});
export type Source = z.infer<typeof Source>;

export const Position = z.looseObject({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof Position>;

/**
 * A whole dataset file. The loader validates record by record; this schema is the reference
 * (and is what the generated JSON Schema describes).
 */
export const DatasetFile = z.looseObject({
  $schema: z.optional(z.string()),
  formatVersion: z.number().check(z.gte(1), z.lt(2)),
  meta: Meta,
  organisations: z.optional(z.array(Organisation)),
  services: z.optional(z.array(Service)),
  relations: z.optional(z.array(Relation)),
  taxonomy: z.optional(z.array(Term)),
  statistics: z.optional(z.array(Statistic)),
  sources: z.optional(z.array(Source)),
  /** Extra search synonyms: each inner list holds words that mean the same. */
  synonyms: z.optional(z.array(z.array(z.string().check(z.minLength(1))))),
  /** Curated map positions: view name → record id → position. */
  layouts: z.optional(z.record(z.string(), z.record(z.string(), Position))),
});
export type DatasetFile = z.infer<typeof DatasetFile>;

/** A validated dataset: every collection present, relation ids filled in. */
export interface DatasetData {
  formatVersion: number;
  meta: Meta;
  organisations: Organisation[];
  services: Service[];
  relations: Array<Relation & { id: string }>;
  taxonomy: Term[];
  statistics: Statistic[];
  sources: Source[];
  synonyms: string[][];
  layouts: Record<string, Record<string, Position>>;
  [key: string]: unknown;
}

/** The collections of records, in the order they are validated. */
export const COLLECTIONS = {
  organisations: Organisation,
  services: Service,
  relations: Relation,
  taxonomy: Term,
  statistics: Statistic,
  sources: Source,
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
