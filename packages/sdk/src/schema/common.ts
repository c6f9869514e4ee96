import { isMunicipalityCode } from '../municipalities/codes.js';
import { isSafeUrl, isWebUrl } from '../text/url.js';
import * as z from './zod.js';

/** Record id: letters, digits and `.`, `_`, `:`, `-`; unique within a dataset. */
export const Id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/));

/** A person-readable text: a plain (Swedish) string, or `{ sv, en }`. */
export const LocalizedText = z.union([
  z.string().check(z.minLength(1)),
  z.looseObject({
    sv: z.string().check(z.minLength(1)),
    en: z.optional(z.string()),
  }),
]);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** ISO date, `YYYY-MM-DD`. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

/** A date that may be partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDate = z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/));

/** A time span; both ends optional (an open end means ongoing). */
export const Period = z.looseObject({
  start: z.optional(PartialDate),
  end: z.optional(PartialDate),
});
export type Period = z.infer<typeof Period>;

/** SCB four-digit kommunkod of one of the 290 Swedish municipalities. */
export const MunicipalityCode = z
  .string()
  .check(z.regex(/^\d{4}$/), z.refine(isMunicipalityCode, { params: { code: 'unknown-municipality' } }));

/** Swedish organisation number, `NNNNNN-NNNN`. */
export const OrganisationNumber = z.string().check(z.regex(/^\d{6}-\d{4}$/));

/** A web address: http or https only. */
export const WebUrl = z.string().check(z.refine(isWebUrl, { params: { code: 'unsafe-url' } }));

/** A link target: http, https, mailto or tel only (never `javascript:` or `data:`). */
export const LinkUrl = z.string().check(z.refine(isSafeUrl, { params: { code: 'unsafe-url' } }));

/** A functional contact point (a unit's shared address, never a person's own). */
export const ContactPoint = z.looseObject({
  name: LocalizedText,
  email: z.optional(z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/))),
  phone: z.optional(z.string().check(z.regex(/^[+\d][\d\s-]{4,}$/))),
  url: z.optional(WebUrl),
  description: z.optional(LocalizedText),
});
export type ContactPoint = z.infer<typeof ContactPoint>;

/** A labelled link. */
export const Link = z.looseObject({
  url: LinkUrl,
  label: z.optional(LocalizedText),
});
export type Link = z.infer<typeof Link>;

/** Ids of entries in the dataset's `sources` list that the record's facts come from. */
export const SourceRef = z.union([Id, z.array(Id)]);
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * The record's id in another system, e.g. `{ scheme: "hsds", id: "ac148810-…" }` for a record imported
 * from HSDS, so an export writes the same id back and a round trip can update the source system.
 * `modified` keeps that system's last-modified time as given (with its time of day).
 */
export const ExternalId = z.looseObject({
  scheme: z.string().check(z.minLength(1)),
  id: z.string().check(z.minLength(1)),
  modified: z.optional(z.string()),
});
export type ExternalId = z.infer<typeof ExternalId>;
