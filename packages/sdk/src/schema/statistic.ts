import { Id, LocalizedText, Period, SourceRef } from './common.js';
import * as z from './zod.js';

export const STATISTIC_UNITS = ['SEK', 'persons', 'percent', 'places', 'count'] as const;
export type StatisticUnit = (typeof STATISTIC_UNITS)[number];

/** One figure about a record (or the dataset itself): a budget, a participant count, a population. */
export const Statistic = z.looseObject({
  id: z.optional(Id),
  /** Id of an organisation or insats. */
  subject: Id,
  /** Id of an `indicator` term, e.g. "budget", "participants". */
  indicator: Id,
  value: z.number(),
  unit: z.enum(STATISTIC_UNITS),
  period: Period,
  /** The other party, when the figure is between two: e.g. the member paying a contribution. */
  counterpart: z.optional(Id),
  /** A sub-line, e.g. a budget post ("Kansli"). */
  category: z.optional(LocalizedText),
  note: z.optional(LocalizedText),
  source: z.optional(SourceRef),
});
export type Statistic = z.infer<typeof Statistic>;
