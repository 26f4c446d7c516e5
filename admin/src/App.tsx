import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import applications from './applications';
import { authProvider } from './authProvider';
import { lazyPage } from './common/lazyPage';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import hallClients from './hallClients';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { AppNotification } from './layout/AppNotification';
import { lightTheme } from './layout/theme';
import officers from './officers';
import offices from './offices';
import reasonTemplates from './reasonTemplates';
import routingRules from './routing';

const RoutingSimulator = lazyPage(() => import('./routing/RoutingSimulator'), 'RoutingSimulator');
const CalendarPage = lazyPage(() => import('./calendar/CalendarPage'), 'CalendarPage');
const ReportsPage = lazyPage(() => import('./reports'), 'ReportsPage');

export function App() {
  return (
    <Admin
      title="app.title"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={AppLayout}
      notification={AppNotification}
      lightTheme={lightTheme}
      requireAuth
      disableTelemetry
    >
      <Resource name="applications" {...applications} />
      <Resource name="routingRules" {...routingRules} />
      <Resource name="offices" {...offices} />
      <Resource name="officers" {...officers} />
      <Resource name="hallClients" {...hallClients} />
      <Resource name="reasonTemplates" {...reasonTemplates} />
      <CustomRoutes>
        <Route path="/routing-simulator" element={<RoutingSimulator />} />
        <Route path="/calendar" element={<CalendarPage />} />
        <Route path="/reports" element={<ReportsPage />} />
      </CustomRoutes>
    </Admin>
  );
}
