import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useRef, useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useEnumLabel } from '../common/EnumText';
import { DOCUMENT_KINDS } from '../common/enums';

/**
 * The kind to upload next: of the kinds the case still needs (those a supplement request asks
 * for while it waits, then those with no verified paper), the first with nothing usable
 * uploaded yet (for a supplement: nothing since the request; else: nothing not rejected), and
 * not uploaded just now; OTHER when none is left.
 */
export function nextKind(record: any, uploadedNow: readonly string[] = []): string {
  const documents: any[] = record?.documents ?? [];
  const request = record?.status === 'AWAITING_SUPPLEMENT' ? record.supplementRequest : null;
  const asked: string[] = request?.kinds ?? [];
  const since = request?.requestedAt ? Date.parse(request.requestedAt) : 0;
  const waiting = (kind: string) =>
    !uploadedNow.includes(kind) &&
    !documents.some(
      (d) =>
        d.kind === kind &&
        d.status !== 'REJECTED' &&
        (!asked.includes(kind) || Date.parse(d.uploadedAt ?? '') >= since),
    );
  const candidates = [...new Set([...asked, ...(record?.missingDocumentKinds ?? [])])];
  return candidates.find(waiting) ?? 'OTHER';
}

/** Adds a scanned paper (JPEG, PNG or PDF) of a chosen kind to the case; then offers the next kind still missing. */
export function UploadDocumentButton({ onUploaded }: { onUploaded?: (documentId: string | null) => void }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider();
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
      onUploaded?.(document?.id ? String(document.id) : null);
      refresh();
    } catch (error: any) {
      notify(error.message, { type: 'error' });
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
