import { Create } from 'react-admin';
import { ReasonTemplateForm } from './ReasonTemplateForm';

export function ReasonTemplateCreate() {
  return (
    <Create redirect="list">
      <ReasonTemplateForm />
    </Create>
  );
}
