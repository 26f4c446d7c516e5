import { Edit } from 'react-admin';
import { OfficerForm } from './OfficerForm';

export function OfficerEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <OfficerForm />
    </Edit>
  );
}
