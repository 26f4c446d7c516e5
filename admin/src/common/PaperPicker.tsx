import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useRef } from 'react';
import { useTranslate } from 'react-admin';
import { useEnumLabel } from './EnumText';
import { DOCUMENT_KINDS } from './enums';

/**
 * A paper's kind, then its file (JPEG, PNG or PDF): the case page's upload and intake's papers.
 * `testId` names the kind's select (`${testId}-kind`) and the file input (`${testId}-input`).
 */
export function PaperPicker({
  kind,
  onKind,
  onFile,
  buttonLabel,
  testId,
}: {
  kind: string;
  onKind: (kind: string) => void;
  onFile: (file: File) => void | Promise<void>;
  buttonLabel: string;
  testId: string;
}) {
  const translate = useTranslate();
  const label = useEnumLabel();
  const input = useRef<HTMLInputElement>(null);
  const picked = async (file: File | undefined) => {
    if (file) await onFile(file);
    if (input.current) input.current.value = '';
  };
  return (
    <Stack direction="row" spacing={1}>
      <TextField
        select
        size="small"
        value={kind}
        onChange={(e) => onKind(e.target.value)}
        label={translate('app.case.upload_kind')}
        sx={{ minWidth: 150 }}
        data-testid={`${testId}-kind`}
      >
        {DOCUMENT_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {label('DocumentKind', k)}
          </MenuItem>
        ))}
      </TextField>
      <Button size="small" variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
        {translate(buttonLabel)}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept="image/jpeg,image/png,application/pdf"
        aria-label={translate(buttonLabel)}
        onChange={(e) => picked(e.target.files?.[0])}
        data-testid={`${testId}-input`}
      />
    </Stack>
  );
}
