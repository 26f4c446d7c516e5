import { Edit } from 'react-admin';
import { OfficeForm } from './OfficeForm';

export function OfficeEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <OfficeForm />
    </Edit>
  );
}
