import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useRef, useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useEnumLabel } from '../../common/EnumText';
import { DOCUMENT_KINDS } from '../../common/enums';
import { isObject } from '../../common/json';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';
import { errorMessage } from '../../dataProvider/graphql';
import { nextKind } from './nextKind';

/** Adds a scanned paper (JPEG, PNG or PDF) of a chosen kind to the case; then offers the next kind still missing. */
export function UploadDocumentButton({ onUploaded }: { onUploaded?: (documentId: string | null) => void }) {
  const record = useRecordContext<ApplicationRecord>();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const label = useEnumLabel();
  const input = useRef<HTMLInputElement>(null);
  const [uploadedNow, setUploadedNow] = useState<string[]>([]);
  const [kind, setKind] = useState(() => nextKind(record));
  if (!record) return null;
  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      const document = await dataProvider.uploadDocument(record.id, kind, file);
      notify('app.case.uploaded', { type: 'success' });
      const done = [...uploadedNow, kind];
      setUploadedNow(done);
      setKind(nextKind(record, done));
      onUploaded?.(isObject(document) && document.id ? String(document.id) : null);
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <Stack direction="row" spacing={1}>
      <TextField
        select
        size="small"
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        label={translate('app.case.upload_kind')}
        sx={{ minWidth: 150 }}
        data-testid="upload-kind"
      >
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
