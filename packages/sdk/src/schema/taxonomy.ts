import { Id, LocalizedText } from './common.js';
import { TAXONOMY_SCHEMES } from './vocabulary.js';
import * as z from './zod.js';

export const Term = z.looseObject({
  id: Id,
  scheme: z.enum(TAXONOMY_SCHEMES),
  label: LocalizedText,
  description: z.optional(LocalizedText),
  parent: z.optional(Id),
  /** Other words people search with, e.g. "NPF" for neuropsykiatrisk funktionsnedsättning. */
  synonyms: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** For target groups given by age, e.g. unga vuxna 16–29. */
  ageRange: z.optional(
    z.looseObject({
      min: z.optional(z.int().check(z.gte(0))),
      max: z.optional(z.int().check(z.gte(0))),
    }),
  ),
});
export type Term = z.infer<typeof Term>;
