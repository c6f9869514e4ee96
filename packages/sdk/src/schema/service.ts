import {
  ContactPoint,
  ExternalId,
  Id,
  IsoDate,
  Link,
  LinkUrl,
  LocalizedText,
  MunicipalityCode,
  Period,
  SourceRef,
} from './common.js';
import { ErrorReportUrl } from './error-report.js';
import {
  AUDIENCES,
  CAPACITY_UNITS,
  FINANCING_KINDS,
  PARTICIPATION_WAYS,
  SERVICE_KINDS,
  SERVICE_STATUSES,
} from './vocabulary.js';
import * as z from './zod.js';

/** Money from one funder, for a year or a period. */
export const Funding = z.looseObject({
  funder: Id,
  amount: z.optional(z.number().check(z.gte(0))),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  year: z.optional(z.int().check(z.gte(1990), z.lte(2100))),
  period: z.optional(Period),
  note: z.optional(LocalizedText),
});
export type Funding = z.infer<typeof Funding>;

/** How a person gets to the insats: by referral (remiss), on their own (egen anmälan), or both. */
export const Access = z.looseObject({
  referral: z.optional(z.boolean()),
  selfReferral: z.optional(z.boolean()),
  referrers: z.optional(z.array(Id)),
  description: z.optional(LocalizedText),
  /** A page (or form, mailto) that says how to apply, register or be referred. */
  url: z.optional(LinkUrl),
});
export type Access = z.infer<typeof Access>;

export const Capacity = z.looseObject({
  value: z.number().check(z.gte(0)),
  unit: z.enum(CAPACITY_UNITS),
  note: z.optional(LocalizedText),
});
export type Capacity = z.infer<typeof Capacity>;

export const AgeRange = z.looseObject({
  min: z.optional(z.int().check(z.gte(0), z.lte(120))),
  max: z.optional(z.int().check(z.gte(0), z.lte(120))),
});
export type AgeRange = z.infer<typeof AgeRange>;

/** How employers or civil society take part in an insats; whom to contact is in `contactPoints`. */
export const Participation = z.looseObject({
  ways: z.optional(z.array(z.enum(PARTICIPATION_WAYS))),
  description: z.optional(LocalizedText),
});
export type Participation = z.infer<typeof Participation>;

/**
 * The review of an insats's catalogue entry ("minst 3 gånger per år gå igenom katalogen"). When no
 * interval is given, a reader may *show* four months; the data never holds that default.
 */
export const Review = z.looseObject({
  /** Months between reviews. */
  intervalMonths: z.optional(z.int().check(z.gte(1), z.lte(60))),
  /** The responsible role, e.g. "Förbundssamordnare"; a role, never a person's name. */
  ownerRole: z.optional(LocalizedText),
  /** Id of the responsible organisation or unit. */
  ownerUnit: z.optional(Id),
  /** Dates the entry was reviewed. */
  dates: z.optional(z.array(IsoDate)),
});
export type Review = z.infer<typeof Review>;

/** An insats (a service): something done for people or for the collaboration itself. */
export const Service = z.looseObject({
  id: Id,
  name: LocalizedText,
  kind: z.enum(SERVICE_KINDS),
  status: z.enum(SERVICE_STATUSES),
  summary: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  easyRead: z.optional(LocalizedText),
  serviceTypes: z.optional(z.array(Id)),
  providers: z.array(Id).check(z.minLength(1)),
  financing: z.optional(z.enum(FINANCING_KINDS)),
  funding: z.optional(z.array(Funding)),
  targetGroups: z.optional(z.array(Id)),
  ageRange: z.optional(AgeRange),
  municipalities: z.optional(z.array(MunicipalityCode)),
  period: z.optional(Period),
  capacity: z.optional(Capacity),
  methods: z.optional(z.array(Id)),
  access: z.optional(Access),
  contactPoints: z.optional(z.array(ContactPoint)),
  links: z.optional(z.array(Link)),
  languages: z.optional(z.array(z.string().check(z.regex(/^[a-z]{2,3}$/)))),
  partOf: z.optional(Id),
  updated: z.optional(IsoDate),
  lastVerified: z.optional(IsoDate),
  audience: z.optional(z.array(z.enum(AUDIENCES))),
  participation: z.optional(Participation),
  review: z.optional(Review),
  /** Where to report an error in this entry, when not the dataset's `meta.errorReport`. */
  errorReport: z.optional(ErrorReportUrl),
  source: z.optional(SourceRef),
  /** Ids of the record in other systems (e.g. HSDS), kept so exports write them back. */
  externalIds: z.optional(z.array(ExternalId)),
});
export type Service = z.infer<typeof Service>;
