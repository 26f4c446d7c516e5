import CategoryIcon from '@mui/icons-material/Category';
import LanguageIcon from '@mui/icons-material/Language';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import SmsFailedIcon from '@mui/icons-material/SmsFailed';
import TimerIcon from '@mui/icons-material/Timer';
import { Card, CardContent } from '@mui/material';
import { FilterList, FilterListItem, SavedQueriesList, useCanAccess, useTranslate } from 'react-admin';
import { CATEGORIES, CHANNELS, DELIVERIES, PURPOSES, RECORD_CHECK_STATUSES, SLA_STATES } from '../../common/enums';
import { EnumFilter } from './EnumFilter';
import { OfficeFilter } from './OfficeFilter';
import { SearchBox } from './SearchBox';

/** The filter sidebar: search, saved queries, and one list a filterable field. */
export function ApplicationFilterSidebar() {
  const { canAccess: seesOffices } = useCanAccess({ resource: 'applications.officeFilter', action: 'list' });
  const translate = useTranslate();
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 200, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
      <CardContent>
        <SearchBox />
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
