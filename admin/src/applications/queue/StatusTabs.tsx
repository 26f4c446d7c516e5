import { Badge, Tab, Tabs } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useListContext, useTranslate } from 'react-admin';
import { useEnumLabel } from '../../common/EnumText';
import { useConsoleDataProvider } from '../../dataProvider';

const TABS = [
  'SUBMITTED',
  'AWAITING_SUPPLEMENT',
  'ACCEPTED',
  'UNDER_INVESTIGATION',
  'PENDING_SIGNOFF',
  'DECIDED',
  'ISSUED',
  'MAILED',
  'UNDER_REVIEW',
  'DELIVERED',
];

// The tabs wrap onto a second line rather than scroll, so that every status stays in sight at
// 1366 px; the selected one is underlined (a sliding indicator cannot follow a wrapped row).
const tabsSx = {
  '& .MuiTabs-list': { flexWrap: 'wrap' },
  '& .MuiTabs-indicator': { display: 'none' },
  '& .MuiTab-root': { minWidth: 0, pl: 1.5, pr: 3.5, borderBottom: 2, borderColor: 'transparent' },
  '& .MuiTab-root.Mui-selected': { borderColor: 'primary.main' },
} as const;

/** One tab a status, each with its count from queueCounts; "all" clears the status filter. */
export function StatusTabs() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const dataProvider = useConsoleDataProvider();
  const translate = useTranslate();
  const label = useEnumLabel();
  const officeIds: string[] | undefined = filterValues.officeId ? [filterValues.officeId] : undefined;
  const { data: counts } = useQuery({
    queryKey: ['queueCounts', officeIds],
    queryFn: () => dataProvider.queueCounts(officeIds),
    refetchInterval: 30_000,
  });
  const countOf = (status: string) => counts?.byStatus.find((c) => c.status === status)?.count ?? 0;
  const current = typeof filterValues.status === 'string' ? filterValues.status : 'ALL';
  return (
    <Tabs
      value={TABS.includes(current) ? current : 'ALL'}
      sx={tabsSx}
      onChange={(_e, value: string) => {
        const { status: _old, ...rest } = filterValues;
        setFilters(value === 'ALL' ? rest : { ...rest, status: value }, displayedFilters);
      }}
    >
      <Tab value="ALL" label={translate('app.queue.all')} />
      {TABS.map((status) => (
        <Tab
          key={status}
          value={status}
          data-testid={`tab-${status}`}
          label={
            <Badge
              badgeContent={countOf(status)}
              color="primary"
              max={9999}
              sx={{ '& .MuiBadge-badge': { right: -14 } }}
            >
              {label('ApplicationStatus', status)}
            </Badge>
          }
          sx={{ pr: 3 }}
        />
      ))}
    </Tabs>
  );
}
