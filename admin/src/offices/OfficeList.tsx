import {
  CreateButton,
  DataTable,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { EnumText, useEnumChoices } from '../common/EnumText';
import { OFFICE_KINDS } from '../common/enums';

function Actions() {
  const { canAccess } = useCanAccess({ resource: 'offices', action: 'create' });
  return <TopToolbar>{canAccess && <CreateButton />}</TopToolbar>;
}

export function OfficeList() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'offices', action: 'edit' });
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={useEnumChoices('OfficeKind', OFFICE_KINDS)} />,
  ];
  return (
    <List filters={filters} actions={<Actions />} perPage={100} sort={{ field: 'code', order: 'ASC' }}>
      <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <FunctionField render={(r) => <EnumText enumName="OfficeKind" value={r.kind} />} />
        </DataTable.Col>
        <DataTable.Col source="parent">
          <FunctionField render={(r) => r.parent?.name ?? ''} />
        </DataTable.Col>
        <DataTable.Col source="jurisdiction">
          <FunctionField
            render={(r) =>
              r.jurisdiction.length > 4
                ? `${r.jurisdiction.slice(0, 4).join(', ')} … (${r.jurisdiction.length})`
                : r.jurisdiction.join(', ')
            }
          />
        </DataTable.Col>
        <DataTable.Col source="phone" />
      </DataTable>
    </List>
  );
}
