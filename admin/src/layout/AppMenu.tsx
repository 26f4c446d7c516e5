import AltRouteIcon from '@mui/icons-material/AltRoute';
import AssessmentIcon from '@mui/icons-material/Assessment';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { Menu, useCanAccess, useTranslate } from 'react-admin';

/** The resources the role may open, plus the simulator and the calendar. */
export function AppMenu() {
  const translate = useTranslate();
  const { canAccess: calendar } = useCanAccess({ resource: 'calendar', action: 'list' });
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <Menu.Item to="/routing-simulator" primaryText={translate('app.routing.simulator')} leftIcon={<AltRouteIcon />} />
      <Menu.Item to="/reports" primaryText={translate('app.reports.title')} leftIcon={<AssessmentIcon />} />
      {calendar && (
        <Menu.Item to="/calendar" primaryText={translate('app.calendar.title')} leftIcon={<CalendarMonthIcon />} />
      )}
    </Menu>
  );
}
