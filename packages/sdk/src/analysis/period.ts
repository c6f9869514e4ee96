import { effectiveStatus, type TodayOption } from '../query/status.js';
import type { Period } from '../schema/common.js';
import type { Service } from '../schema/service.js';
import type { ServiceStatus } from '../schema/vocabulary.js';

/** The year a period is about: the year of its start, else of its end; undefined when it has neither. */
export function yearOfPeriod(period: Period | undefined): number | undefined {
  const date = period?.start ?? period?.end;
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

/**
 * True when an insats counts as available: its effective status (the stated one, corrected by its
 * period, see `serviceStatus`) on `asOf` (else `today`, else now) is one of `statuses` (default:
 * active) and, when `asOf` (YYYY-MM-DD) is given, its period contains that day. Partial dates compare
 * by prefix, so a period ending "2024" still runs on 2024-12-31.
 */
export function isAvailable(
  service: Service,
  options: { statuses?: readonly ServiceStatus[]; asOf?: string } & TodayOption = {},
): boolean {
  const statuses = options.statuses ?? ['active'];
  const { asOf } = options;
  if (!statuses.includes(effectiveStatus(service, { today: asOf ?? options.today }))) return false;
  if (asOf === undefined) return true;
  const { start, end } = service.period ?? {};
  if (start !== undefined && start.localeCompare(asOf.slice(0, start.length)) > 0) return false;
  if (end !== undefined && end.localeCompare(asOf.slice(0, end.length)) < 0) return false;
  return true;
}
