import { Carrier } from '../core/enums';
import { badInput } from '../core/errors';
import { s10TrackingProblem } from '../identifiers/identifiers';

/** Checks a tracking number for its carrier; returns it normalised (trimmed, upper case). */
export function checkTracking(carrier: Carrier, raw: string): string {
  const n = (raw ?? '').trim().toUpperCase();
  let problem: string | null = null;
  if (carrier === Carrier.EMS || carrier === Carrier.CHINA_POST) problem = s10TrackingProblem(n);
  else if (carrier === Carrier.SF_EXPRESS) problem = /^\d{12,15}$/.test(n) ? null : 'an SF Express number is 12 to 15 digits';
  else problem = /^[A-Z0-9-]{6,40}$/.test(n) ? null : 'use 6 to 40 letters, digits or dashes';
  if (problem) throw badInput('input.trackingNumber', problem);
  return n;
}
