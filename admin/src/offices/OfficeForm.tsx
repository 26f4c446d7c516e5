import { ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { useEnumChoices } from '../common/EnumText';
import { OFFICE_KINDS } from '../common/enums';

/** An office: its kind, its parent, and the region-code prefixes it accepts for (one a line). */
export function OfficeForm() {
  return (
    <SimpleForm>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="kind" choices={useEnumChoices('OfficeKind', OFFICE_KINDS)} validate={required()} />
      <ReferenceInput source="parent.id" reference="offices" perPage={200}>
        <SelectInput optionText="name" label="resources.offices.fields.parent" emptyText="—" />
      </ReferenceInput>
      <TextInput
        source="jurisdiction"
        multiline
        minRows={3}
        fullWidth
        format={(value?: string[]) => (value ?? []).join('\n')}
        parse={(text: string) => text.split('\n').map((line) => line.trim())}
      />
      <TextInput source="address" fullWidth />
      <TextInput source="phone" />
    </SimpleForm>
  );
}
