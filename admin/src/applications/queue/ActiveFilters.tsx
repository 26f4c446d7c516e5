import { Button, Chip, Stack, Typography } from '@mui/material';
import { useGetOne, useListContext, useTranslate } from 'react-admin';
import { useEnumLabel } from '../../common/EnumText';

/** The enum each filter of one or more enum values takes. */
const ENUM_OF: Record<string, string> = {
  slaState: 'SlaState',
  recordCheckStatus: 'RecordCheckStatus',
  channel: 'Channel',
  subjectCategory: 'SubjectCategory',
  purpose: 'Purpose',
  delivery: 'DeliveryMethod',
  applicantKind: 'ApplicantKind',
};

/** Whether a filter value narrows the list (react-admin keeps emptied ones as '' or []). */
const isSet = (value: unknown) => value != null && value !== '' && !(Array.isArray(value) && !value.length);

/** The name of the office a filter names. */
function OfficeName({ id }: { id: string }) {
  const { data } = useGetOne('offices', { id });
  return <>{data?.name ?? '…'}</>;
}

/**
 * Every filter the queue is under beyond its status tab, however it was set (a quick filter, the
 * sidebar, a dashboard card's link, a report's figure), each with its own ×, and 清除全部: a list
 * never looks empty for a filter nobody sees.
 */
export function ActiveFilters() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const label = useEnumLabel();
  const keys = Object.keys(filterValues).filter((key) => key !== 'status' && isSet(filterValues[key]));
  if (!keys.length) return null;
  const text = (key: string) => {
    const value = filterValues[key];
    const name = translate(`app.queue_ux.filters.${key}`, { _: translate(`resources.applications.fields.${key}`) });
    if (value === true) return name;
    if (ENUM_OF[key])
      return `${name}：${[value]
        .flat()
        .map((v) => label(ENUM_OF[key], String(v)))
        .join('、')}`;
    if (key === 'officeId')
      return (
        <>
          {name}：<OfficeName id={String(value)} />
        </>
      );
    if (key === 'ids') return translate('app.queue_ux.filters.ids', { smart_count: [value].flat().length });
    return `${name}：${value === false ? translate('app.queue_ux.filters.no') : String(value)}`;
  };
  const without = (key: string) => Object.fromEntries(Object.entries(filterValues).filter(([k]) => k !== key));
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ px: 2, pb: 1, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}
      data-testid="active-filters"
    >
      <Typography variant="caption" color="text.secondary">
        {translate('app.queue_ux.filters.active')}
      </Typography>
      {keys.map((key) => (
        <Chip
          key={key}
          size="small"
          label={text(key)}
          onDelete={() => setFilters(without(key), displayedFilters)}
          data-filter={key}
        />
      ))}
      <Button
        size="small"
        onClick={() => setFilters(filterValues.status ? { status: filterValues.status } : {}, {})}
        data-testid="clear-filters"
      >
        {translate('app.queue_ux.filters.clear_all')}
      </Button>
    </Stack>
  );
}
