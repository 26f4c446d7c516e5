import { Button, Card, CardContent, Grid, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { queueLink } from '../applications/queueLink';
import { useConsoleDataProvider } from '../dataProvider';

// The charts load only for those who see them.
const SupervisorDashboard = lazy(() =>
  import('./SupervisorDashboard').then((m) => ({ default: m.SupervisorDashboard })),
);

function Count({ label, value, to }: { label: string; value?: number; to: string }) {
  return (
    <Grid size={{ xs: 12, sm: 4 }}>
      <Card>
        <CardContent>
          <Typography color="text.secondary">{label}</Typography>
          <Typography variant="h3" component={Link} to={to} sx={{ textDecoration: 'none', color: 'primary.main' }}>
            {value ?? '…'}
          </Typography>
        </CardContent>
      </Card>
    </Grid>
  );
}

/** Where an officer lands: their own open cases, what is due soon, what waits for sign-off; supervisors get the overview. */
export function Dashboard() {
  const translate = useTranslate();
  const dataProvider = useConsoleDataProvider();
  const { identity } = useGetIdentity();
  const supervises = identity?.role === 'SUPERVISOR' || identity?.role === 'ADMIN';
  const { data } = useQuery({
    queryKey: ['queueCounts', 'dashboard'],
    queryFn: () => dataProvider.queueCounts(),
    refetchInterval: 30_000,
  });
  const pendingSignOff = data?.byStatus.find((c) => c.status === 'PENDING_SIGNOFF')?.count;
  return (
    <>
      <Title title="app.title" />
      <Typography variant="h5" sx={{ my: 2 }}>
        {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      {supervises ? (
        <Suspense fallback={null}>
          <SupervisorDashboard />
        </Suspense>
      ) : (
        <Grid container spacing={2}>
          <Count label={translate('app.dashboard.my_open')} value={data?.mine} to={queueLink({ mine: true })} />
          <Count
            label={translate('app.dashboard.due_soon')}
            value={data?.dueSoon}
            to={queueLink({ slaState: 'DUE_SOON' })}
          />
          <Count
            label={translate('app.dashboard.pending_signoff')}
            value={pendingSignOff}
            to={queueLink({ status: 'PENDING_SIGNOFF' })}
          />
        </Grid>
      )}
      <Button component={Link} to="/applications" variant="contained" sx={{ mt: 3 }}>
        {translate('app.dashboard.open_queue')}
      </Button>
    </>
  );
}
