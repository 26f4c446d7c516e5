import { Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';

/** 同当事人: the mailing recipient, phone and region taken from the person (the residence), still the officer's to change. */
export function SameAsSubjectButton() {
  const translate = useTranslate();
  const { getValues, setValue } = useFormContext();
  const copy = () => {
    const set = (name: string, value: unknown) =>
      setValue(name, value ?? '', { shouldDirty: true, shouldValidate: true });
    set('mailingAddress.recipient', getValues('subject.name'));
    set('mailingAddress.phone', getValues('subject.phone'));
    set('regionPick.mailing', getValues('regionPick.residence'));
    set('mailingAddress.region', getValues('subject.residenceRegion'));
  };
  return (
    <Button size="small" variant="outlined" onClick={copy} data-testid="same-as-subject">
      {translate('app.intake_ux.same_as_subject')}
    </Button>
  );
}
