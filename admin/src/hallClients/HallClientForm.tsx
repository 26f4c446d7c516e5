import {
  BooleanInput,
  maxLength,
  required,
  SelectArrayInput,
  SimpleForm,
  type SimpleFormProps,
  TextInput,
} from 'react-admin';
import { useEnumChoices } from '../common/EnumText';
import { HALL_SCOPES } from '../dataProvider/hallClients';
import { HallClientInfo } from './HallClientInfo';

/** The server's rule for a callback address: empty, or an http(s) address of at most 500 characters. */
const callbackAddress = (value: unknown) => {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return undefined;
  try {
    if (['http:', 'https:'].includes(new URL(text).protocol) && text.length <= 500) return undefined;
  } catch {
    // not an address at all
  }
  return 'app.hall_clients.callback_invalid';
};

/**
 * A machine client of the online hall: its name, what it may do, where its status callbacks go;
 * once registered, also whether it is enabled (disabled, its tokens stop at once) and what the form
 * cannot change. Its secret is issued apart from the form (HallClientCreate, RotateSecretButton).
 */
export function HallClientForm({
  editing = false,
  ...props
}: { editing?: boolean } & Omit<SimpleFormProps, 'children'>) {
  return (
    <SimpleForm {...props}>
      {editing && <HallClientInfo />}
      <TextInput source="name" validate={[required(), maxLength(100)]} sx={{ minWidth: 320 }} />
      <SelectArrayInput
        source="scopes"
        choices={useEnumChoices('HallScope', [...HALL_SCOPES])}
        validate={required()}
        sx={{ minWidth: 320 }}
      />
      <TextInput
        source="callbackUrl"
        validate={callbackAddress}
        helperText="app.hall_clients.callback_hint"
        fullWidth
      />
      {editing && <BooleanInput source="active" helperText="app.hall_clients.active_hint" />}
    </SimpleForm>
  );
}
