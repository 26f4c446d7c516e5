import { Alert } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatDate } from '../../common/dates';
import { useEnumLabel } from '../../common/EnumText';
import { CLOSED_STATUSES } from '../../common/enums';
import type { ApplicationRow } from '../../dataProvider';
import type { IdType } from '../../generated/graphql';
import { normalizeIdNumber } from '../../shared';
import { validIdNumber } from './intakeForm';

const DEBOUNCE_MS = 400;
/** What an officer must see of the number's other cases: those still open, and those of the last 90 days. */
const RECENT_DAYS = 90;

/**
 * A warning while registering: the identity number typed already has a case open, or one submitted
 * in the last 90 days, among those the officer may see (found by the number whole, as the queue's
 * search finds it, and audited the same way).
 */
export function EarlierCases() {
  const translate = useTranslate();
  const label = useEnumLabel();
  const dataProvider = useDataProvider();
  const typed: string = useWatch({ name: 'subject.idNumber' }) ?? '';
  const idType: IdType | undefined = useWatch({ name: 'subject.idType' });
  // Asked for a whole, valid number only: each search is audited, and a part of one finds nothing.
  const idNumber = typed && !validIdNumber('subject')(typed, { subject: { idType } }) ? normalizeIdNumber(typed) : '';
  const [found, setFound] = useState<ApplicationRow[]>([]);
  useEffect(() => {
    setFound([]);
    if (!idNumber) return;
    let current = true;
    const timer = setTimeout(async () => {
      const { data } = await dataProvider.getList<ApplicationRow>('applications', {
        filter: { q: idNumber },
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'submittedAt', order: 'DESC' },
      });
      const since = Date.now() - RECENT_DAYS * 86_400_000;
      if (current)
        setFound(data.filter((a) => !CLOSED_STATUSES.includes(a.status) || Date.parse(a.submittedAt) >= since));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [idNumber, dataProvider]);
  if (!found.length) return null;
  return (
    <Alert severity="warning" sx={{ my: 1, width: '100%' }} data-testid="earlier-cases">
      {translate('app.intake_ux.earlier_cases')}{' '}
      {found
        .map((a) =>
          translate('app.intake_ux.earlier_case', {
            reference: a.referenceNo,
            status: label('ApplicationStatus', a.status),
            date: formatDate(a.submittedAt),
          }),
        )
        .join('；')}
    </Alert>
  );
}
