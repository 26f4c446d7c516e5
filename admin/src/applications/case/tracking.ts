import { formatDateTime } from '../../common/dates';
import { trackingIssue } from '../../shared';

// The mailing and delivery fields of a step's dialog: a tracking number checked as typed (the same
// check the server runs), and the delivery time's default.

/** The message key of a tracking number's problem, in the officer's language (never naming the right check digit). */
export function trackingProblemKey(carrier: string, number: string): string | null {
  const n = number.trim().toUpperCase();
  const problem = n ? trackingIssue(carrier, n) : null;
  if (!problem) return null;
  if (problem.reason === 'TRACKING_CHECK_DIGIT') return 'app.case_ux.tracking_check';
  if (problem.reason === 'TRACKING_SF_FORMAT' || problem.reason === 'TRACKING_FORMAT')
    return `app.errors.${problem.reason}`;
  return 'app.case_ux.tracking_format_s10';
}

/** Whether a tracking number has all its characters, so that its check may be shown before the field is left. */
export const trackingComplete = (carrier: string, number: string) =>
  number.trim().length >= (carrier === 'SF_EXPRESS' ? 12 : 13);

/** Now on the Shanghai wall clock, as a datetime-local field takes it (YYYY-MM-DDTHH:mm). */
export const shanghaiNowLocal = () => formatDateTime(new Date()).replace(' ', 'T');
