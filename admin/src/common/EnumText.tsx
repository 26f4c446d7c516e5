import { useTranslate } from 'react-admin';

/** The label of an enum value in the current language, e.g. enums.ApplicationStatus.SUBMITTED. */
export function useEnumLabel() {
  const translate = useTranslate();
  return (enumName: string, value: string | null | undefined) =>
    value ? translate(`enums.${enumName}.${value}`, { _: value }) : '';
}

export function EnumText({ enumName, value }: { enumName: string; value: string | null | undefined }) {
  const label = useEnumLabel();
  return <>{label(enumName, value)}</>;
}

/** Choices for a SelectInput of an enum, labelled in the current language. */
export function useEnumChoices(enumName: string, values: string[]) {
  const label = useEnumLabel();
  return values.map((id) => ({ id, name: label(enumName, id) }));
}
