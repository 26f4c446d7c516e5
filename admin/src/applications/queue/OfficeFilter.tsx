import CategoryIcon from '@mui/icons-material/Category';
import { FilterList, FilterListItem, useGetList, useTranslate } from 'react-admin';

/** The filter sidebar's offices (the bureau itself aside), for those who see more than their own office. */
export function OfficeFilter() {
  const translate = useTranslate();
  const { data } = useGetList('offices', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'code', order: 'ASC' },
  });
  return (
    <FilterList label={translate('resources.applications.fields.officeId')} icon={<CategoryIcon />}>
      {(data ?? [])
        .filter((o) => o.kind !== 'BUREAU')
        .map((o) => (
          <FilterListItem key={o.id} label={o.name} value={{ officeId: o.id }} />
        ))}
    </FilterList>
  );
}
