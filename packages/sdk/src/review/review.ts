import type { Service } from '../schema/service.js';

/** The interval a reader shows when an insats states none: "minst 3 gånger per år". Never written to data. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 4;

/** The review interval to *show*: the stated one, or the default with `stated: false`. */
export function reviewInterval(service: Pick<Service, 'review'>): { months: number; stated: boolean } {
  const months = service.review?.intervalMonths;
  return months === undefined
    ? { months: DEFAULT_REVIEW_INTERVAL_MONTHS, stated: false }
    : { months, stated: true };
}

/**
 * The date (YYYY-MM-DD) the next review is due: the latest review date (or `lastVerified`) plus the
 * interval to show. Undefined when the insats has never been reviewed.
 */
export function nextReviewDate(service: Pick<Service, 'review' | 'lastVerified'>): string | undefined {
  const dates = [...(service.review?.dates ?? []), ...(service.lastVerified ? [service.lastVerified] : [])];
  const last = dates.sort().at(-1);
  if (last === undefined) return undefined;
  const [y, m, d] = last.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(y, m - 1 + reviewInterval(service).months, 1));
  // Clamp the day: 31 August + 6 months is the end of February, not 3 March.
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(d, lastDay));
  return due.toISOString().slice(0, 10);
}
