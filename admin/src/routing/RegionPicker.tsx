import { Autocomplete, Stack, TextField } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { TextInput, useTranslate } from 'react-admin';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { regionQuery, useRegion } from '../common/RegionName';
import { useConsoleDataProvider } from '../dataProvider';
import { matchesRegion } from '../shared';

// A region as a district and a street picked by name: the streets of one district at a time, from the server.

const digits6 = (value: unknown) => {
  const m = /^(\d{6})/.exec(String(value ?? '').trim());
  return m ? m[1] : null;
};

/**
 * The district (6 digits; prefilled from the identity number's first six digits where given) and
 * the street of it, searched by characters of its name. The street's 9-digit code is the value of
 * `source`; `districtSource` is a form-only field.
 */
export function RegionPicker({
  source,
  districtSource,
  label,
  idNumberSource,
  testId,
}: {
  source: string;
  districtSource: string;
  label: string;
  idNumberSource?: string;
  testId: string;
}) {
  const translate = useTranslate();
  const dataProvider = useConsoleDataProvider();
  const queryClient = useQueryClient();
  const { setValue, getValues } = useFormContext();
  const { field, fieldState } = useController({ name: source });
  const district: string = useWatch({ name: districtSource }) ?? '';
  const idNumber: string = useWatch({ name: idNumberSource ?? '__none__' }) ?? '';
  const prefilled = useRef<string | null>(null);
  const [typed, setTyped] = useState('');
  const text = translate(label);

  // The district follows the identity number until the officer changes it.
  useEffect(() => {
    const fromId = idNumberSource ? digits6(idNumber) : null;
    if (!fromId) return;
    let current = true;
    queryClient
      .fetchQuery(regionQuery(dataProvider, fromId))
      .then((region) => {
        const district = getValues(districtSource) ?? '';
        if (!current || !region || (district && district !== prefilled.current)) return;
        prefilled.current = fromId;
        if (district !== fromId) setValue(districtSource, fromId, { shouldDirty: true });
      })
      .catch(() => undefined); // the district is left for the officer to type
    return () => {
      current = false;
    };
  }, [idNumber, idNumberSource, dataProvider, queryClient, districtSource, getValues, setValue]);

  // A street code already there (an edit, a default) gives its district.
  useEffect(() => {
    const code = String(field.value ?? '');
    if (/^\d{9}$/.test(code) && !getValues(districtSource)) setValue(districtSource, code.slice(0, 6));
  }, [field.value, districtSource, getValues, setValue]);

  const area = /^\d{6}$/.test(district) ? district : null;
  const { data: options = [] } = useQuery({
    queryKey: ['regions', area],
    queryFn: () => dataProvider.regionsUnder(area ?? ''),
    enabled: !!area,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const selected = options.find((t) => t.code === field.value) ?? null;
  const districtName = useRegion(area)?.fullName;

  // A street of another district is dropped when the district changes.
  useEffect(() => {
    const code = String(field.value ?? '');
    if (/^\d{9}$/.test(code) && area && !code.startsWith(area)) field.onChange(null);
  }, [area, field]);

  return (
    <Stack direction="row" spacing={2} sx={{ width: '100%', maxWidth: 720 }} data-testid={testId}>
      <TextInput
        source={districtSource}
        label={translate('app.intake_ux.district', { label: text })}
        helperText={districtName ?? 'app.intake_ux.district_hint'}
        sx={{ width: 260 }}
        inputProps={{ 'data-testid': `${testId}-district`, inputMode: 'numeric' }}
      />
      <Autocomplete
        sx={{ flex: 1 }}
        options={options}
        value={selected}
        inputValue={typed}
        onInputChange={(_, value) => {
          setTyped(value);
          // A full street code typed (or pasted) is taken as it is, with its district.
          const code = value.trim();
          if (/^\d{9}$/.test(code) && code !== field.value) {
            setValue(districtSource, code.slice(0, 6), { shouldDirty: true });
            field.onChange(code);
          }
        }}
        onChange={(_, t) => field.onChange(t?.code ?? null)}
        filterOptions={(list, state) => list.filter((t) => matchesRegion(t, state.inputValue))}
        getOptionLabel={(t) => t.name}
        isOptionEqualToValue={(a, b) => a.code === b.code}
        renderOption={(props, t) => (
          <li {...props} key={t.code} data-testid="township-option">
            {t.name}&nbsp;<small style={{ opacity: 0.6 }}>{t.code}</small>
          </li>
        )}
        noOptionsText={translate(area ? 'app.intake_ux.street_none' : 'app.intake_ux.street_need_district')}
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={field.ref}
            onBlur={field.onBlur}
            label={translate('app.intake_ux.street', { label: text })}
            error={!!fieldState.error}
            helperText={
              fieldState.error?.message ?? (selected ? selected.code : translate('app.intake_ux.street_hint'))
            }
            inputProps={{ ...params.inputProps, name: source, 'data-testid': `${testId}-street` }}
            size="small"
            variant="filled"
          />
        )}
      />
    </Stack>
  );
}
