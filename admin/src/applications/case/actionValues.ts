import type { Carrier, DocumentKind, Outcome } from '../../generated/graphql';
import type { ActionField } from './caseActions';

/** What the dialog of a step collects (its fields: caseActions.ts), before it becomes the step's arguments. */
export interface ActionValues {
  reason?: string;
  note?: string;
  kinds: DocumentKind[];
  outcome?: Outcome;
  approve: boolean;
  receiptNo?: string;
  carrier: Carrier;
  trackingNumber: string;
  /** YYYY-MM-DDTHH:mm on the Shanghai wall clock; '' for none (the server takes the moment it records it). */
  deliveredAt?: string;
  officeId?: string;
  officerId?: string;
}

/** What the dialog starts from; a step without a dialog sends nothing of it (it has no fields). */
export const INITIAL_VALUES: ActionValues = { approve: true, kinds: [], carrier: 'EMS', trackingNumber: '' };

/** The arguments of a workflow method from what the dialog collected. */
export function actionVariables(values: ActionValues, fields: readonly ActionField[]): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const field of fields) {
    if (field === 'mailing') vars.input = { carrier: values.carrier, trackingNumber: values.trackingNumber.trim() };
    else if (field === 'deliveredAt')
      vars.deliveredAt = values.deliveredAt ? new Date(`${values.deliveredAt}:00+08:00`).toISOString() : null;
    else if (field === 'noteRequired' || field === 'note') vars.note = values.note?.trim() || null;
    else {
      const value = values[field];
      vars[field] = typeof value === 'string' ? value.trim() : value;
    }
  }
  return vars;
}
