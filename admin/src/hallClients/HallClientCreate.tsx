import { useState } from 'react';
import { Create, useDataProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider';
import type { ApiError } from '../dataProvider/graphql';
import { hallClientInput, type IssuedSecret } from '../dataProvider/hallClients';
import { HallClientForm } from './HallClientForm';
import { SecretDialog } from './SecretDialog';

/**
 * Registers a client of the online hall, then shows its secret once (SecretDialog) before going
 * back to the list. The form saves through the named method createHallClient rather than
 * react-admin's create, so that the secret goes to the dialog alone and no cache keeps it.
 */
export function HallClientCreate() {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const [issued, setIssued] = useState<IssuedSecret | null>(null);
  const save = async (values: Record<string, unknown>) => {
    try {
      setIssued(await dataProvider.createHallClient(hallClientInput(values)));
      notify('app.hall_clients.created', { type: 'success' });
    } catch (error) {
      // A refusal naming a field goes beside it; any other is told.
      const errors = (error as ApiError).body?.errors;
      if (errors) return errors;
      notify((error as Error).message, { type: 'error' });
    }
    return undefined;
  };
  return (
    <>
      <Create>
        <HallClientForm onSubmit={save} defaultValues={{ scopes: ['intake', 'payments', 'status'] }} />
      </Create>
      <SecretDialog
        issued={issued}
        title={translate('app.hall_clients.secret_created_title', { name: issued?.client.name ?? '' })}
        onClose={() => {
          setIssued(null);
          redirect('list', 'hallClients');
        }}
      />
    </>
  );
}
