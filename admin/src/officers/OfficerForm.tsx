import {
  BooleanInput,
  minLength,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useEnumChoices } from '../common/EnumText';
import { ROLES } from '../common/enums';
import { HandOverInput } from './HandOverInput';

/** An officer's role, office and status; a password is set on creation, and reset later by its own action (ResetPasswordButton). */
export function OfficerForm({ creating = false }: { creating?: boolean }) {
  return (
    <SimpleForm>
      <TextInput source="username" validate={required()} disabled={!creating} />
      <TextInput source="displayName" validate={required()} />
      <SelectInput source="role" choices={useEnumChoices('Role', ROLES)} validate={required()} />
      <ReferenceInput source="office.id" reference="offices" perPage={200}>
        <SelectInput optionText="name" label="resources.officers.fields.office" validate={required()} />
      </ReferenceInput>
      {!creating && <BooleanInput source="active" />}
      {!creating && <HandOverInput />}
      {creating && (
        <PasswordInput source="password" validate={[required(), minLength(12)]} autoComplete="new-password" />
      )}
    </SimpleForm>
  );
}
