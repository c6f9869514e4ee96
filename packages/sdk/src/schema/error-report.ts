import { isSafeUrl } from '../text/url.js';
import * as z from './zod.js';

/** True for a `mailto:` address or an http(s) form: where a reader reports an error in an entry. */
export function isErrorReportUrl(value: string): boolean {
  return isSafeUrl(value) && !/^\s*tel:/i.test(value);
}

/**
 * A functional address for error reports: `mailto:` to a shared mailbox, or the URL of a form.
 * Never a person's own address.
 */
export const ErrorReportUrl = z
  .string()
  .check(z.refine(isErrorReportUrl, { params: { code: 'unsafe-url' } }));
