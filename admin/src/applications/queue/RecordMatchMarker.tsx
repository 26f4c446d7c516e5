import GppMaybeIcon from '@mui/icons-material/GppMaybe';
import { Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationRow } from '../../dataProvider';

/** The queue's mark of a case whose latest record check found records in the registry. */
export function RecordMatchMarker() {
  const record = useRecordContext<ApplicationRow>();
  const translate = useTranslate();
  if (record?.recordCheckStatus !== 'MATCHES_FOUND') return null;
  return (
    <Tooltip title={translate('app.record_check.marker')}>
      <GppMaybeIcon
        color="warning"
        fontSize="small"
        sx={{ verticalAlign: 'text-bottom', ml: 0.5 }}
        data-testid="record-match-marker"
      />
    </Tooltip>
  );
}
