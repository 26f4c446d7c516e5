import { combineDataProviders, type DataProvider } from 'react-admin';
import { applications } from './applications';
import { calendarDayImpact } from './calendar';
import { cases } from './cases';
import { hallClientSecrets, hallClients } from './hallClients';
import { officers, resetOfficerPassword } from './officers';
import { offices } from './offices';
import { reasonTemplates, reasonTemplatesOf } from './reasonTemplates';
import { regions } from './regions';
import { reports } from './reports';
import { refusing } from './resource';
import { routingRules } from './routingRules';
import { assignEach, claimNext, runCaseAction, workflow } from './workflow';

// The console's data provider: react-admin's methods from one provider per resource (a file each:
// applications.ts, offices.ts, officers.ts, routingRules.ts, hallClients.ts, reasonTemplates.ts), joined by
// combineDataProviders, and beside them the named methods of the workflow (workflow.ts), the case
// page (cases.ts), the reports and the calendar (reports.ts, calendar.ts), the regions (regions.ts), an officer's password
// (officers.ts), the secrets of the online hall's clients (hallClients.ts) and a step's reason templates (reasonTemplates.ts). Components reach
// them through useConsoleDataProvider(), typed. Every GraphQL document is typed from
// schema.graphql (npm run codegen).

export { type ApplicationRecord, type ApplicationRow, applicationFilter } from './applications';
export { RELEASE_TO_QUEUE } from './officers';
export { useConsoleDataProvider } from './useConsoleDataProvider';
export type { WorkflowMethod } from './workflow';

const RESOURCES: Record<string, DataProvider> = {
  applications,
  offices,
  officers,
  routingRules,
  hallClients,
  reasonTemplates,
};

// A resource the console does not have refuses every method (BAD_REQUEST), as any method a resource lacks.
const byResource = combineDataProviders((resource) => RESOURCES[resource] ?? refusing(resource));

export const dataProvider = {
  // The nine methods of the combined provider (a Proxy: spread, each calls the resource's own).
  ...byResource,
  ...workflow,
  runCaseAction,
  claimNext,
  assignEach,
  calendarDayImpact,
  resetOfficerPassword,
  ...cases,
  ...reports,
  ...hallClientSecrets,
  ...regions,
  reasonTemplatesOf,
} satisfies DataProvider;
export type ConsoleDataProvider = typeof dataProvider;
