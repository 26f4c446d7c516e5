import { useCanAccess, useListContext, usePermissions } from 'react-admin';

/** The columns a scope makes say nothing: one office for an officer (or a filter on one office), one category for exit-entry. */
export function useScopeColumns() {
  const { filterValues } = useListContext();
  const { permissions: role } = usePermissions();
  const { canAccess: seesOffices } = useCanAccess({ resource: 'applications.officeFilter', action: 'list' });
  return {
    office: !!seesOffices && !filterValues.officeId,
    category: role !== 'EXIT_ENTRY_OFFICER' && !filterValues.subjectCategory,
  };
}
