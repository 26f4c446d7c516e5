import { combineDataProviders, type DataProvider } from 'react-admin';
import { applications } from './applications';
import { cases } from './cases';
import { hallClientSecrets, hallClients } from './hallClients';
import { officers } from './officers';
import { offices } from './offices';
import { reports } from './reports';
import { refusing } from './resource';
import { routingRules } from './routingRules';
import { workflow } from './workflow';

// The console's data provider: react-admin's methods from one provider per resource, joined by
// combineDataProviders, and beside them the named methods of the workflow, the case page, the
// reports and the calendar, and the secrets of the online hall's clients. Every GraphQL document
// is typed from schema.graphql (npm run codegen).

export { applicationFilter } from './applications';
export type { WorkflowMethod } from './workflow';

const RESOURCES: Record<string, DataProvider> = { applications, offices, officers, routingRules, hallClients };

// A resource the console does not have refuses every method (BAD_REQUEST), as any method a resource lacks.
const byResource = combineDataProviders((resource) => RESOURCES[resource] ?? refusing(resource));

export const dataProvider = {
  // The nine methods of the combined provider (a Proxy: spread, each calls the resource's own).
  ...byResource,
  ...workflow,
  ...cases,
  ...reports,
  ...hallClientSecrets,
} satisfies DataProvider;
export type ConsoleDataProvider = typeof dataProvider;
