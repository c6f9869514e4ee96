import { effectiveStatus, isoDay, type TodayOption } from '../query/status.js';
import { finish, type Steps } from '../query/steps.js';
import type { LocalizedText } from '../schema/common.js';
import type { Service } from '../schema/service.js';
import { nextReviewDate } from './review.js';

/** One insats in the review status: when it is due, and whether that is already past. */
export interface ReviewItem {
  service: Service;
  /** The latest review (or `lastVerified`); undefined when it was never reviewed. */
  lastReviewed?: string;
  /** From `nextReviewDate`; undefined when never reviewed (then it is due now). */
  due?: string;
  /** Due before `today`. */
  overdue: boolean;
}

/** The insatser one owner role (or unit) must review this term. */
export interface ReviewGroup {
  /** The responsible role; undefined when the data names none ("ej angiven"). */
  ownerRole?: LocalizedText;
  ownerUnit?: string;
  items: ReviewItem[];
}

export interface ReviewStatus {
  /** The day the status is for (YYYY-MM-DD). */
  today: string;
  /** First and last day of the term (tertial: January–April, May–August, September–December). */
  termStart: string;
  termEnd: string;
  /** Per owner role, those without an owner last; each sorted by due date (never reviewed first). */
  groups: ReviewGroup[];
  /** How many insatser were looked at (ended ones are left out: nothing to review). */
  considered: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The term (tertial) a day falls in: "minst 3 gånger per år" means once per term. */
export function reviewTerm(today: string): { start: string; end: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = Math.floor((m - 1) / 4) * 4 + 1;
  const lastMonth = first + 3;
  const lastDay = new Date(Date.UTC(y, lastMonth, 0)).getUTCDate();
  return { start: `${y}-${pad(first)}-01`, end: `${y}-${pad(lastMonth)}-${pad(lastDay)}` };
}

const roleKey = (s: Service) => {
  const r = s.review?.ownerRole;
  const text = r === undefined ? '' : typeof r === 'string' ? r : r.sv;
  return `${text}\u0000${s.review?.ownerUnit ?? ''}`;
};

/**
 * Which insatser are due for review this term, per owner role: those whose next review date falls
 * on or before the term's last day (overdue ones too), and those never reviewed. Ended insatser
 * (by their period on `today`) are not listed.
 */
export function reviewStatus(services: readonly Service[], options: TodayOption = {}): ReviewStatus {
  return finish(reviewStatusSteps(services, options));
}

/** `reviewStatus` in steps (see `inSlices`): for the page where no worker may start. */
export function* reviewStatusSteps(
  services: readonly Service[],
  options: TodayOption = {},
): Steps<ReviewStatus> {
  const today = isoDay(options.today);
  const term = reviewTerm(today);
  const groups = new Map<string, ReviewGroup>();
  let considered = 0;
  let n = 0;
  for (const s of services) {
    if ((++n & 1023) === 0) yield;
    if (effectiveStatus(s, { today }) === 'ended') continue;
    considered++;
    const due = nextReviewDate(s);
    if (due !== undefined && due > term.end) continue;
    const dates = [...(s.review?.dates ?? []), ...(s.lastVerified ? [s.lastVerified] : [])].sort();
    const key = roleKey(s);
    const group = groups.get(key) ?? {
      ...(s.review?.ownerRole !== undefined && { ownerRole: s.review.ownerRole }),
      ...(s.review?.ownerUnit !== undefined && { ownerUnit: s.review.ownerUnit }),
      items: [],
    };
    group.items.push({
      service: s,
      ...(dates.length && { lastReviewed: dates.at(-1)! }),
      ...(due !== undefined && { due }),
      overdue: due !== undefined && due < today,
    });
    groups.set(key, group);
  }
  const list = [...groups.values()];
  for (const g of list) g.items.sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  list.sort((a, b) => Number(a.ownerRole === undefined) - Number(b.ownerRole === undefined));
  return { today, termStart: term.start, termEnd: term.end, groups: list, considered };
}
