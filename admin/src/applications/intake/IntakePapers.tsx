import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, Chip, MenuItem, Stack, TextField } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useEnumLabel } from '../../common/EnumText';
import { DOCUMENT_KINDS } from '../../common/enums';
import { nextPaperKind, type Paper } from './papers';

/**
 * The scans the applicant holds, picked before the case is registered (the kind first, then the
 * file); they are uploaded as soon as it is, wherever it was routed.
 */
export function IntakePapers({ papers, onChange }: { papers: Paper[]; onChange: (papers: Paper[]) => void }) {
  const translate = useTranslate();
  const label = useEnumLabel();
  const input = useRef<HTMLInputElement>(null);
  const category: string | undefined = useWatch({ name: 'subject.category' });
  const [chosen, setKind] = useState<string | null>(null);
  // Until the officer picks a kind, the next one of the person's.
  const kind = chosen ?? nextPaperKind(papers, category);
  const pick = (file: File | undefined) => {
    if (!file) return;
    const next = [...papers, { kind, file }];
    onChange(next);
    setKind(null);
    if (input.current) input.current.value = '';
  };
  return (
    <Stack spacing={1} sx={{ mt: 1, mb: 1 }} data-testid="intake-papers">
      <Stack direction="row" spacing={1}>
        <TextField
          select
          size="small"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          label={translate('app.case.upload_kind')}
          sx={{ minWidth: 150 }}
          data-testid="paper-kind"
        >
          {DOCUMENT_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {label('DocumentKind', k)}
            </MenuItem>
          ))}
        </TextField>
        <Button size="small" variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
          {translate('app.intake.paper_pick')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          accept="image/jpeg,image/png,application/pdf"
          aria-label={translate('app.intake.paper_pick')}
          onChange={(e) => pick(e.target.files?.[0])}
          data-testid="paper-input"
        />
      </Stack>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {papers.map((paper, i) => (
          <Chip
            key={`${paper.kind}-${paper.file.name}-${i}`}
            label={`${label('DocumentKind', paper.kind)} · ${paper.file.name}`}
            onDelete={() => onChange(papers.filter((_, j) => j !== i))}
            data-testid="paper-picked"
          />
        ))}
      </Stack>
    </Stack>
  );
}
