import { Link as MuiLink, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../common/dates';
import { StatusChip } from '../../common/StatusChip';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';

/**
 * The subject's other cases (the same identity number) that the officer may see, newest first:
 * an earlier refusal or certificate, or a case still open beside this one, each a link. Asked
 * apart from the case, once per case: the case's own read and a step's answer stay as they were.
 */
export function OtherApplications() {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const dataProvider = useConsoleDataProvider();
  const { data: others = [] } = useQuery({
    queryKey: ['otherApplications', record?.id],
    queryFn: () => dataProvider.otherApplications(String(record?.id)),
    enabled: !!record,
  });
  if (!others.length) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} data-testid="other-applications" data-count={others.length}>
      <Typography variant="subtitle2" color="primary" sx={{ mb: 1 }}>
        {translate('app.case.other_applications', { smart_count: others.length })}
      </Typography>
      <Stack spacing={0.5}>
        {others.map((o) => (
          <Stack key={o.id} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <MuiLink
              component={Link}
              to={createPath({ resource: 'applications', id: o.id, type: 'show' })}
              data-testid="other-application"
            >
              {o.referenceNo}
            </MuiLink>
            <StatusChip status={o.status} />
            <Typography variant="body2" color="text.secondary">
              {formatDateTime(o.submittedAt)} · {o.office.name}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
