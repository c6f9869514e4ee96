import type { Period } from '../schema/common.js';
import type { Service } from '../schema/service.js';
import type { ServiceStatus } from '../schema/vocabulary.js';

/** "Today" for calls that depend on the date: a `Date`, or an ISO date `YYYY-MM-DD`; default now. */
export interface TodayOption {
  today?: Date | string;
}

/** The day `today` stands for, as `YYYY-MM-DD` (a `Date` is read in UTC). */
export function isoDay(today: Date | string | undefined): string {
  if (today === undefined) return new Date().toISOString().slice(0, 10);
  if (typeof today === 'string') return today.slice(0, 10);
  return today.toISOString().slice(0, 10);
}

/**
 * True when a period has ended before `day` (YYYY-MM-DD). Partial dates compare by prefix, so a
 * period ending "2022-06" runs through 30 June 2022.
 */
export function periodHasEnded(period: Period | undefined, day: string): boolean {
  const end = period?.end;
  return end !== undefined && end.localeCompare(day.slice(0, end.length)) < 0;
}

/** True when a period has a start on or before `day` (YYYY-MM-DD). */
export function periodHasStarted(period: Period | undefined, day: string): boolean {
  const start = period?.start;
  return start !== undefined && start.localeCompare(day.slice(0, start.length)) <= 0;
}

/** True when a period has a start after `day`. */
function periodNotYetStarted(period: Period | undefined, day: string): boolean {
  const start = period?.start;
  return start !== undefined && start.localeCompare(day.slice(0, start.length)) > 0;
}

/** An insats's status as the data states it and as its period shows it on a day. */
export interface StatusInfo {
  /** `status` as written in the data. */
  stated: ServiceStatus;
  /** The status to show and count: `stated` unless the period says otherwise. */
  effective: ServiceStatus;
  /** True when `effective` differs from `stated` because of the period. */
  fromPeriod: boolean;
  /** The day the period was read against (YYYY-MM-DD). */
  day: string;
}

/**
 * The status of an insats on a day. The period wins over a stale stated status: a period that has
 * ended makes it "ended"; a "planned" insats whose period has begun is "active"; an "active" one whose
 * period has not begun is "planned". A stated "paused" or "ended" stands unless the period has ended.
 */
export function serviceStatus(service: Service, options: TodayOption = {}): StatusInfo {
  const day = isoDay(options.today);
  const stated = service.status;
  let effective = stated;
  if (periodHasEnded(service.period, day)) effective = 'ended';
  else if (stated === 'planned' && periodHasStarted(service.period, day)) effective = 'active';
  else if (stated === 'active' && periodNotYetStarted(service.period, day)) effective = 'planned';
  return { stated, effective, fromPeriod: effective !== stated, day };
}

/** The status to show and count for an insats on a day (see `serviceStatus`). */
export function effectiveStatus(service: Service, options: TodayOption = {}): ServiceStatus {
  return serviceStatus(service, options).effective;
}
