import { FilterList, FilterListItem, useTranslate } from 'react-admin';
import { useEnumLabel } from '../../common/EnumText';

/** One list of the filter sidebar: a value of an enum field a line, labelled in the current language. */
export function EnumFilter({
  name,
  enumName,
  values,
  icon,
}: {
  name: string;
  enumName: string;
  values: string[];
  icon: React.ReactNode;
}) {
  const label = useEnumLabel();
  const translate = useTranslate();
  return (
    <FilterList label={translate(`resources.applications.fields.${name}`)} icon={icon}>
      {values.map((value) => (
        <FilterListItem key={value} label={label(enumName, value)} value={{ [name]: value }} />
      ))}
    </FilterList>
  );
}
