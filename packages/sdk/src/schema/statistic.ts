import { Id, LocalizedText, MunicipalityCode, Period, SourceRef } from './common.js';
import { AgeRange } from './service.js';
import { GENDERS, STATISTIC_UNITS } from './vocabulary.js';
import * as z from './zod.js';

/** The part of the people a figure is about: one gender, an age band, a target group (or a mix). */
export const Breakdown = z.looseObject({
  gender: z.optional(z.enum(GENDERS)),
  /** Age band in years; an open end means "and over" / "up to". */
  ageRange: z.optional(AgeRange),
  /** Id of a `targetGroup` term. */
  targetGroup: z.optional(Id),
});
export type Breakdown = z.infer<typeof Breakdown>;

/**
 * The area a figure covers when it is wider than its subject: the national figure (rikssnittet) or a
 * named region, to compare the subject's own figures with.
 */
export const StatisticArea = z.looseObject({
  national: z.optional(z.boolean()),
  name: z.optional(LocalizedText),
  municipalities: z.optional(z.array(MunicipalityCode)),
});
export type StatisticArea = z.infer<typeof StatisticArea>;

/**
 * One figure about a record (or the dataset itself): a budget, a participant count, a follow-up result.
 * A series joins only figures with the same `indicator`, `unit` and `definition` (and breakdown).
 */
export const Statistic = z.looseObject({
  id: z.optional(Id),
  /** Id of an organisation or insats, or of the dataset (`meta.id`) for a figure about no one record. */
  subject: Id,
  /** Id of an `indicator` term (shipped, e.g. "budget", "susNoPublicSupport90Days", or the dataset's own). */
  indicator: Id,
  value: z.number(),
  unit: z.enum(STATISTIC_UNITS),
  period: Period,
  /** How this figure was measured, when the indicator's own definition does not say it all. */
  definition: z.optional(LocalizedText),
  /** The part of the people the figure counts; absent means all of them. */
  breakdown: z.optional(Breakdown),
  /** The target (mål) for the same indicator, unit and period, shown next to the outcome. */
  target: z.optional(z.number()),
  /** A comparison figure's wider area (national, a region). */
  area: z.optional(StatisticArea),
  /** The other party, when the figure is between two: e.g. the member paying a contribution. */
  counterpart: z.optional(Id),
  /** A sub-line, e.g. a budget post ("Kansli"). */
  category: z.optional(LocalizedText),
  note: z.optional(LocalizedText),
  source: z.optional(SourceRef),
});
export type Statistic = z.infer<typeof Statistic>;
