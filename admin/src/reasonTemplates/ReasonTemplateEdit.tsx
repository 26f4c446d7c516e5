import { Edit } from 'react-admin';
import { ReasonTemplateForm } from './ReasonTemplateForm';

export function ReasonTemplateEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <ReasonTemplateForm />
    </Edit>
  );
}
