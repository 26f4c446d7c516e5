import type { Carrier } from '../core/enums';
import { badInput } from '../core/errors';
import { trackingIssue } from '../identifiers/identifiers';

/** Checks a tracking number for its carrier; returns it normalised (trimmed, upper case). */
export function validateTracking(carrier: Carrier, raw: string): string {
  const n = (raw ?? '').trim().toUpperCase();
  const problem = trackingIssue(carrier, n);
  if (problem) throw badInput('input.trackingNumber', problem.message, problem);
  return n;
}
