import { BooleanField, CreateButton, DataTable, FunctionField, List, SelectInput, TopToolbar } from 'react-admin';
import { EnumText, useEnumChoices } from '../common/EnumText';
import { REASON_KINDS } from '../common/enums';

/** The reasons officers pick from, retired ones too, by kind and place. */
export function ReasonTemplateList() {
  const filters = [
    <SelectInput key="kind" source="kind" choices={useEnumChoices('ReasonKind', REASON_KINDS)} alwaysOn />,
  ];
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      pagination={false}
    >
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="kind">
          <FunctionField render={(r) => <EnumText enumName="ReasonKind" value={r.kind} />} />
        </DataTable.Col>
        <DataTable.Col source="text" />
        <DataTable.Col source="position" />
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
