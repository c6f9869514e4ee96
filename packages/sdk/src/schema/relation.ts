import { Id, LocalizedText, Period, SourceRef } from './common.js';
import * as z from './zod.js';

/**
 * Typed links between two records (organisations or insatser). Read `from kind to`:
 * "A memberOf B", "A funds B", "A delivers B", "A collaboratesWith B", "A steeringGroupOf B"
 * (A sits in B's steering group), "A refersTo B", "A agreementWith B".
 */
export const RELATION_KINDS = [
  'memberOf',
  'funds',
  'delivers',
  'collaboratesWith',
  'steeringGroupOf',
  'refersTo',
  'agreementWith',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Kinds that read the same both ways. */
export const SYMMETRIC_RELATION_KINDS: ReadonlySet<RelationKind> = new Set([
  'collaboratesWith',
  'agreementWith',
]);

export const Relation = z.looseObject({
  /** Optional in the file; the SDK derives `kind:from:to` when absent. */
  id: z.optional(Id),
  kind: z.enum(RELATION_KINDS),
  from: Id,
  to: Id,
  label: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  period: z.optional(Period),
  source: z.optional(SourceRef),
});
export type Relation = z.infer<typeof Relation>;
