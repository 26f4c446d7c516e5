import { Edit, TopToolbar } from 'react-admin';
import { HallClientForm } from './HallClientForm';
import { RotateSecretButton } from './RotateSecretButton';

/** A client's name, scopes, callback address and whether it is enabled; its secret is rotated by its own action above the form. */
export function HallClientEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      actions={
        <TopToolbar>
          <RotateSecretButton />
        </TopToolbar>
      }
    >
      <HallClientForm editing />
    </Edit>
  );
}
