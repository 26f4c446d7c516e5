import { Alert } from '@mui/material';
import { required, SelectInput, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { RELEASE_TO_QUEUE } from '../dataProvider';
import type { OfficerFieldsFragment } from '../generated/graphql';

/**
 * Deactivating an officer who holds open cases, in the same step: how many, and who takes them over
 * (an active officer of the same office) or back to the queue. The server refuses the deactivation
 * without one or the other (OPEN_CASES_HELD).
 */
export function HandOverInput() {
  const record = useRecordContext<OfficerFieldsFragment>();
  const translate = useTranslate();
  const active = useWatch({ name: 'active' });
  const leaving = !!record?.active && active === false && (record?.openCases ?? 0) > 0;
  const { data: colleagues = [] } = useGetList<OfficerFieldsFragment>(
    'officers',
    {
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'username', order: 'ASC' },
      filter: { officeId: record?.office.id },
    },
    { enabled: leaving },
  );
  if (!leaving || !record) return null;
  const choices = [
    { id: RELEASE_TO_QUEUE, name: translate('app.admin_ux.hand_over_queue') },
    ...colleagues
      .filter((o) => o.active && o.id !== record.id && o.role !== 'ADMIN')
      .map((o) => ({ id: o.id, name: `${o.displayName}（${o.username}）` })),
  ];
  return (
    <>
      <Alert severity="warning" sx={{ mb: 1 }} data-testid="open-cases-held">
        {translate('app.admin_ux.open_cases_held', { smart_count: record.openCases })}
      </Alert>
      <SelectInput
        source="handOverTo"
        label="app.admin_ux.hand_over_to"
        choices={choices}
        validate={required()}
        data-testid="hand-over-to"
      />
    </>
  );
}
