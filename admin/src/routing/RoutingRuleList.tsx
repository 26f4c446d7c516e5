import { Button } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  DataTable,
  FunctionField,
  List,
  TopToolbar,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { EnumText } from '../common/EnumText';

function Actions() {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'routingRules', action: 'create' });
  return (
    <TopToolbar>
      <Button component={Link} to="/routing-simulator">
        {translate('app.routing.simulator')}
      </Button>
      {canAccess && <CreateButton />}
    </TopToolbar>
  );
}

/** The rules in the order they are tried. */
export function RoutingRuleList() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'routingRules', action: 'edit' });
  return (
    <List actions={<Actions />} pagination={false} sort={{ field: 'priority', order: 'ASC' }}>
      <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="priority" />
        <DataTable.Col source="name" />
        <DataTable.Col source="enabled">
          <BooleanField source="enabled" />
        </DataTable.Col>
        <DataTable.Col source="applicantKind">
          <FunctionField render={(r) => <EnumText enumName="ApplicantKind" value={r.applicantKind} />} />
        </DataTable.Col>
        <DataTable.Col source="subjectCategory">
          <FunctionField render={(r) => <EnumText enumName="SubjectCategory" value={r.subjectCategory} />} />
        </DataTable.Col>
        <DataTable.Col source="regionBasis">
          <FunctionField render={(r) => <EnumText enumName="RegionBasis" value={r.regionBasis} />} />
        </DataTable.Col>
        <DataTable.Col source="regionPrefix" />
        <DataTable.Col source="minDaysInChina" />
        <DataTable.Col source="targetOfficeKind">
          <FunctionField
            render={(r) => r.targetOffice?.name ?? <EnumText enumName="OfficeKind" value={r.targetOfficeKind} />}
          />
        </DataTable.Col>
        <DataTable.Col source="version" />
      </DataTable>
    </List>
  );
}
