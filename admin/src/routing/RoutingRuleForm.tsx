import {
  BooleanInput,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useEnumChoices } from '../common/EnumText';
import { APPLICANT_KINDS, CATEGORIES, OFFICE_KINDS, REGION_BASES } from '../common/enums';

/** The fields of a routing rule, for creating and editing. */
export function RoutingRuleForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      <NumberInput source="priority" validate={required()} min={0} />
      <BooleanInput source="enabled" />
      <SelectInput source="applicantKind" choices={useEnumChoices('ApplicantKind', APPLICANT_KINDS)} emptyText="—" />
      <SelectInput source="subjectCategory" choices={useEnumChoices('SubjectCategory', CATEGORIES)} emptyText="—" />
      <NullableBooleanInput source="entrusted" />
      <SelectInput source="regionBasis" choices={useEnumChoices('RegionBasis', REGION_BASES)} validate={required()} />
      <TextInput source="regionPrefix" />
      <NumberInput source="minDaysInChina" min={0} />
      <SelectInput source="targetOfficeKind" choices={useEnumChoices('OfficeKind', OFFICE_KINDS)} emptyText="—" />
      <ReferenceInput source="targetOffice.id" reference="offices" perPage={200}>
        <SelectInput optionText="name" emptyText="—" label="resources.routingRules.fields.targetOffice" />
      </ReferenceInput>
      <TextInput source="legalBasis" multiline fullWidth />
    </SimpleForm>
  );
}
