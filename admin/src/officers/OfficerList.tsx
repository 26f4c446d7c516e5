import {
  BooleanField,
  CreateButton,
  DataTable,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { EnumText, useEnumChoices } from '../common/EnumText';
import { ROLES } from '../common/enums';

export function OfficerList() {
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.admin_ux.search_officers')} />,
    <SelectInput key="role" source="role" choices={useEnumChoices('Role', ROLES)} alwaysOn />,
  ];
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      perPage={100}
      sort={{ field: 'username', order: 'ASC' }}
    >
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="displayName" />
        <DataTable.Col source="role">
          <FunctionField render={(r) => <EnumText enumName="Role" value={r.role} />} />
        </DataTable.Col>
        <DataTable.Col source="office">
          <FunctionField render={(r) => r.office.name} />
        </DataTable.Col>
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
