import { Chip } from '@mui/material';
import { CreateButton, DataTable, FunctionField, List, TopToolbar, useTranslate } from 'react-admin';
import { ShanghaiTime } from '../common/DueDate';
import { PreviousSecret } from './PreviousSecret';
import { ScopeChips } from './ScopeChips';

/** The online hall's machine clients, in the order they were registered; a row opens the client's form. */
export function HallClientList() {
  const translate = useTranslate();
  return (
    <List
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      pagination={false}
      perPage={100}
      sort={{ field: 'createdAt', order: 'ASC' }}
    >
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="clientId">
          <FunctionField render={(r) => <code data-testid="client-id">{r.clientId}</code>} />
        </DataTable.Col>
        <DataTable.Col source="scopes" disableSort>
          <FunctionField render={(r) => <ScopeChips scopes={r.scopes} />} />
        </DataTable.Col>
        <DataTable.Col source="callbackUrl">
          <FunctionField render={(r) => r.callbackUrl ?? translate('app.hall_clients.no_callback')} />
        </DataTable.Col>
        <DataTable.Col source="active">
          <FunctionField
            render={(r) => (
              <Chip
                size="small"
                variant="outlined"
                color={r.active ? 'success' : 'default'}
                label={translate(r.active ? 'app.hall_clients.enabled' : 'app.hall_clients.disabled')}
                data-testid="client-active"
                data-active={r.active}
              />
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="secretIssuedAt">
          <FunctionField render={(r) => <ShanghaiTime value={r.secretIssuedAt} />} />
        </DataTable.Col>
        <DataTable.Col source="previousValidUntil">
          <FunctionField render={(r) => <PreviousSecret until={r.previousValidUntil} />} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
