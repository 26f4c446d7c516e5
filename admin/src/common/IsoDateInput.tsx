import { useInput, useResourceContext, useTranslate } from 'react-admin';
import { IsoDateField } from './IsoDateField';

/** react-admin's date input (a list filter, a form field) written YYYY-MM-DD in every language. */
export function IsoDateInput({ source, label }: { source: string; label?: string }) {
  const resource = useResourceContext();
  const translate = useTranslate();
  const { field } = useInput({ source });
  return (
    <IsoDateField
      size="small"
      name={source}
      label={translate(label ?? `resources.${resource}.fields.${source}`)}
      value={field.value ?? ''}
      onChange={field.onChange}
    />
  );
}
