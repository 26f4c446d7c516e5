import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useRef, useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useEnumLabel } from '../common/EnumText';
import { DOCUMENT_KINDS } from '../common/enums';

/** Adds a scanned paper (JPEG, PNG or PDF) of a chosen kind to the case. */
export function UploadDocumentButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const label = useEnumLabel();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState(record?.missingDocumentKinds?.[0] ?? 'OTHER');
  if (!record) return null;
  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      await dataProvider.uploadDocument(record.id, kind, file);
      notify('app.case.uploaded', { type: 'success' });
      refresh();
    } catch (error: any) {
      notify(error.message, { type: 'error' });
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <Stack direction="row" spacing={1}>
      <TextField select size="small" value={kind} onChange={(e) => setKind(e.target.value)} sx={{ minWidth: 150 }}>
        {DOCUMENT_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {label('DocumentKind', k)}
          </MenuItem>
        ))}
      </TextField>
      <Button size="small" variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
        {translate('app.case.upload')}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept="image/jpeg,image/png,application/pdf"
        onChange={(e) => upload(e.target.files?.[0])}
        data-testid="upload-input"
      />
    </Stack>
  );
}
