import CategoryIcon from '@mui/icons-material/Category';
import LanguageIcon from '@mui/icons-material/Language';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import SmsFailedIcon from '@mui/icons-material/SmsFailed';
import TimerIcon from '@mui/icons-material/Timer';
import { Card, CardContent } from '@mui/material';
import {
  FilterList,
  FilterListItem,
  FilterLiveSearch,
  SavedQueriesList,
  useCanAccess,
  useGetList,
  useTranslate,
} from 'react-admin';
import { useEnumLabel } from '../common/EnumText';
import { CATEGORIES, CHANNELS, DELIVERIES, PURPOSES, RECORD_CHECK_STATUSES, SLA_STATES } from '../common/enums';

function EnumFilter({
  name,
  enumName,
  values,
  icon,
}: {
  name: string;
  enumName: string;
  values: string[];
  icon: React.ReactNode;
}) {
  const label = useEnumLabel();
  const translate = useTranslate();
  return (
    <FilterList label={translate(`resources.applications.fields.${name}`)} icon={icon}>
      {values.map((value) => (
        <FilterListItem key={value} label={label(enumName, value)} value={{ [name]: value }} />
      ))}
    </FilterList>
  );
}

function OfficeFilter() {
  const translate = useTranslate();
  const { data } = useGetList('offices', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'code', order: 'ASC' },
  });
  return (
    <FilterList label={translate('resources.applications.fields.officeId')} icon={<CategoryIcon />}>
      {(data ?? [])
        .filter((o) => o.kind !== 'BUREAU')
        .map((o) => (
          <FilterListItem key={o.id} label={o.name} value={{ officeId: o.id }} />
        ))}
    </FilterList>
  );
}

/** The filter sidebar: search, saved queries, and one list a filterable field. */
export function ApplicationFilterSidebar() {
  const { canAccess: seesOffices } = useCanAccess({ resource: 'applications.officeFilter', action: 'list' });
  const translate = useTranslate();
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 200, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
      <CardContent>
        <FilterLiveSearch source="q" placeholder={translate('app.queue.search')} />
        <SavedQueriesList />
        <EnumFilter name="slaState" enumName="SlaState" values={SLA_STATES} icon={<TimerIcon />} />
        <EnumFilter
          name="recordCheckStatus"
          enumName="RecordCheckStatus"
          values={RECORD_CHECK_STATUSES}
          icon={<ManageSearchIcon />}
        />
        <FilterList label={translate('resources.applications.fields.notificationFailed')} icon={<SmsFailedIcon />}>
          <FilterListItem
            label={translate('app.dashboard_supervisor.failed_notifications_filter')}
            value={{ notificationFailed: true }}
          />
        </FilterList>
        <EnumFilter name="subjectCategory" enumName="SubjectCategory" values={CATEGORIES} icon={<CategoryIcon />} />
        <EnumFilter name="purpose" enumName="Purpose" values={PURPOSES} icon={<CategoryIcon />} />
        <EnumFilter name="channel" enumName="Channel" values={CHANNELS} icon={<LanguageIcon />} />
        <EnumFilter name="delivery" enumName="DeliveryMethod" values={DELIVERIES} icon={<CategoryIcon />} />
        {seesOffices && <OfficeFilter />}
      </CardContent>
    </Card>
  );
}
