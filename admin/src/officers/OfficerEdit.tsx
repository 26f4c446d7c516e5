import { Edit, TopToolbar } from 'react-admin';
import { OfficerForm } from './OfficerForm';
import { ResetPasswordButton } from './ResetPasswordButton';

/** An officer's data; the password is reset by its own action above the form, not saved with it. */
export function OfficerEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      actions={
        <TopToolbar>
          <ResetPasswordButton />
        </TopToolbar>
      }
    >
      <OfficerForm />
    </Edit>
  );
}
