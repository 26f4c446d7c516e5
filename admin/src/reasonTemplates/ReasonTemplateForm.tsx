import { BooleanInput, NumberInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { useEnumChoices } from '../common/EnumText';
import { REASON_KINDS } from '../common/enums';

/** A reason as officers will see it in the step's dialog; retired (not offered) rather than deleted. */
export function ReasonTemplateForm() {
  return (
    <SimpleForm defaultValues={{ kind: 'SUPPLEMENT', active: true, position: 0 }}>
      <SelectInput source="kind" choices={useEnumChoices('ReasonKind', REASON_KINDS)} validate={required()} />
      <TextInput source="text" multiline minRows={2} fullWidth validate={required()} />
      <NumberInput source="position" step={10} />
      <BooleanInput source="active" />
    </SimpleForm>
  );
}
