import { Create } from 'react-admin';
import { OfficerForm } from './OfficerForm';

export function OfficerCreate() {
  return (
    <Create redirect="list">
      <OfficerForm creating />
    </Create>
  );
}
