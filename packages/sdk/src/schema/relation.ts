import { Id, LocalizedText, MunicipalityCode, Period, SourceRef } from './common.js';
import { RELATION_KINDS } from './vocabulary.js';
import * as z from './zod.js';

/**
 * Where a relation applies: förbund ids and/or SCB kommun codes. Needed when both ends work in many
 * places (Försäkringskassan, Arbetsförmedlingen): without it the relation applies wherever both are.
 */
export const RelationArea = z.looseObject({
  /** Ids of samordningsförbund whose area the relation applies in. */
  associations: z.optional(z.array(Id)),
  /** Kommun codes the relation applies in. */
  municipalities: z.optional(z.array(MunicipalityCode)),
});
export type RelationArea = z.infer<typeof RelationArea>;

export const Relation = z.looseObject({
  /** Optional in the file; the SDK derives `kind:from:to` when absent. */
  id: z.optional(Id),
  kind: z.enum(RELATION_KINDS),
  from: Id,
  to: Id,
  label: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  period: z.optional(Period),
  /** Where the relation applies (absent: wherever both ends are). */
  appliesIn: z.optional(RelationArea),
  source: z.optional(SourceRef),
});
export type Relation = z.infer<typeof Relation>;
