import {
  ContactPoint,
  ExternalId,
  Id,
  IsoDate,
  LocalizedText,
  MunicipalityCode,
  OrganisationNumber,
  SourceRef,
  WebUrl,
} from './common.js';
import { ORGANISATION_KINDS } from './vocabulary.js';
import * as z from './zod.js';

/** An organisation or a unit of one (a unit names its `parent`). */
export const Organisation = z.looseObject({
  id: Id,
  kind: z.enum(ORGANISATION_KINDS),
  name: LocalizedText,
  shortName: z.optional(LocalizedText),
  parent: z.optional(Id),
  organisationNumber: z.optional(OrganisationNumber),
  municipalities: z.optional(z.array(MunicipalityCode)),
  postalTown: z.optional(z.string()),
  description: z.optional(LocalizedText),
  website: z.optional(WebUrl),
  contactPoints: z.optional(z.array(ContactPoint)),
  /** A förbund's prioritised target groups (ids of `targetGroup` terms), most important first. */
  priorityTargetGroups: z.optional(z.array(Id)),
  updated: z.optional(IsoDate),
  source: z.optional(SourceRef),
  /** Ids of the record in other systems (e.g. HSDS), kept so exports write them back. */
  externalIds: z.optional(z.array(ExternalId)),
});
export type Organisation = z.infer<typeof Organisation>;
