import { useDataProvider } from 'react-admin';
import type { ConsoleDataProvider } from '.';

/**
 * The console's data provider in a component, typed: react-admin's methods as useDataProvider
 * gives them (errors go through the authProvider's checkError), and beside them the named methods
 * (the workflow's steps, the case page's, the reports', the hall clients' secrets) with their
 * arguments and answers typed by the schema.
 */
export const useConsoleDataProvider = (): ConsoleDataProvider => useDataProvider<ConsoleDataProvider>();
