import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useConsoleDataProvider } from '../../dataProvider';
import type { ReasonKind } from '../../generated/graphql';

/** The steps whose reason may start from an administrator's template. */
export const REASON_KIND_OF: Partial<Record<string, ReasonKind>> = {
  REQUEST_SUPPLEMENT: 'SUPPLEMENT',
  NOT_ACCEPT: 'NOT_ACCEPTED',
};

/** The usual reasons of a step; picking one writes it into the reason, still the officer's to change. */
export function ReasonTemplatePicker({ kind, onPick }: { kind: ReasonKind; onPick: (text: string) => void }) {
  const translate = useTranslate();
  const dataProvider = useConsoleDataProvider();
  const [picked, setPicked] = useState('');
  const { data: templates = [] } = useQuery({
    queryKey: ['reasonTemplates', kind],
    queryFn: () => dataProvider.reasonTemplatesOf(kind),
    staleTime: 5 * 60_000,
  });
  if (!templates.length) return null;
  return (
    <TextField
      select
      size="small"
      label={translate('app.case.reason_template')}
      value={picked}
      onChange={(e) => {
        setPicked(e.target.value);
        const template = templates.find((t) => t.id === e.target.value);
        if (template) onPick(template.text);
      }}
      data-testid="reason-template"
    >
      {templates.map((t) => (
        <MenuItem key={t.id} value={t.id} sx={{ whiteSpace: 'normal', maxWidth: 560 }}>
          {t.text}
        </MenuItem>
      ))}
    </TextField>
  );
}
