import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import RotateRightIcon from '@mui/icons-material/RotateRight';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import { Box, Button, Chip, IconButton, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useEnumLabel } from '../../common/EnumText';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';
import { errorMessage } from '../../dataProvider/graphql';
import { caseQueryKey } from './caseQuery';
import { UploadDocumentButton } from './UploadDocumentButton';
import { ZoomedImage } from './ZoomedImage';

/** The case's papers one at a time: images with zoom and rotate, PDFs inline, verify or reject each. */
export function DocumentViewer() {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const label = useEnumLabel();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [index, setIndex] = useState(0);
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  const [rejectNote, setRejectNote] = useState('');
  // A paper just uploaded: shown as soon as the case, refreshed, lists it.
  const [uploadedId, setUploadedId] = useState<string | null>(null);
  const documents = record?.documents ?? [];
  const current = documents[Math.min(index, documents.length - 1)];
  const canVerify = record?.availableActions?.includes('VERIFY_DOCUMENTS');
  const show = (i: number) => {
    setIndex((i + documents.length) % documents.length);
    setZoom(1);
    setRotation(0);
    setRejectNote('');
  };

  const verify = async (status: 'VERIFIED' | 'REJECTED') => {
    if (!current) return;
    try {
      const answer = await dataProvider.verifyDocument(
        current.id,
        status,
        status === 'REJECTED' ? rejectNote.trim() : null,
      );
      notify(`app.case.document_done.${status}`, { type: 'success' });
      setRejectNote('');
      // The paper's new status at once; the case (held now, its steps) reads again behind it.
      const papers = documents.map((d) =>
        d.id === answer.id ? { ...d, status: answer.status, note: answer.note } : d,
      );
      queryClient.setQueryData<ApplicationRecord>(
        caseQueryKey(String(record?.id)),
        (shown) => shown && { ...shown, documents: papers },
      );
      void queryClient.invalidateQueries();
      // On to the next paper still to verify, after this one (round the list).
      const at = Math.max(
        0,
        papers.findIndex((d) => d.id === answer.id),
      );
      const next = papers.findIndex((_, i) => papers[(at + 1 + i) % papers.length].status !== 'VERIFIED');
      if (status === 'VERIFIED' && next >= 0) show(at + 1 + next);
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };

  useEffect(() => {
    if (!uploadedId) return;
    const at = documents.findIndex((d) => String(d.id) === uploadedId);
    if (at < 0) return;
    setUploadedId(null);
    setIndex(at);
    setZoom(1);
    setRotation(0);
    setRejectNote('');
  }, [uploadedId, documents]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !documents.length) return;
      if (e.key === ']') show(index + 1);
      else if (e.key === '[') show(index - 1);
      else if (e.key === 'v' && canVerify && current?.status !== 'VERIFIED') verify('VERIFIED');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!record) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} data-testid="document-viewer">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }} spacing={1}>
        <Typography variant="h6" sx={{ flex: 1 }}>
          {translate('app.case.documents')}
        </Typography>
        {record.availableActions?.includes('UPLOAD_DOCUMENT') && <UploadDocumentButton onUploaded={setUploadedId} />}
      </Stack>
      {!current ? (
        <Typography color="text.secondary">{translate('app.case.no_documents')}</Typography>
      ) : (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Tooltip title={translate('app.case.previous')}>
              <IconButton onClick={() => show(index - 1)}>
                <NavigateBeforeIcon />
              </IconButton>
            </Tooltip>
            <Typography data-testid="document-title" data-document-id={current.id}>
              {index + 1} / {documents.length} · {label('DocumentKind', current.kind)}
            </Typography>
            <Tooltip title={translate('app.case.next')}>
              <IconButton onClick={() => show(index + 1)}>
                <NavigateNextIcon />
              </IconButton>
            </Tooltip>
            <Chip
              size="small"
              label={label('DocumentStatus', current.status)}
              color={current.status === 'VERIFIED' ? 'success' : current.status === 'REJECTED' ? 'error' : 'default'}
              data-testid="document-status"
              data-status={current.status}
            />
            {current.contentType.startsWith('image/') && (
              <>
                <Tooltip title={translate('app.case.zoom_in')}>
                  <IconButton onClick={() => setZoom((z) => Math.min(z * 1.25, 5))} data-testid="zoom-in">
                    <ZoomInIcon />
                  </IconButton>
                </Tooltip>
                <Tooltip title={translate('app.case.zoom_out')}>
                  <IconButton onClick={() => setZoom((z) => Math.max(z / 1.25, 0.25))} data-testid="zoom-out">
                    <ZoomOutIcon />
                  </IconButton>
                </Tooltip>
                <Tooltip title={translate('app.case.rotate')}>
                  <IconButton onClick={() => setRotation((r) => (r + 90) % 360)} data-testid="rotate">
                    <RotateRightIcon />
                  </IconButton>
                </Tooltip>
              </>
            )}
          </Stack>
          {current.contentType === 'application/pdf' ? (
            <Box sx={{ height: 420, bgcolor: 'grey.100', my: 1 }}>
              <iframe
                title={current.fileName}
                src={current.contentUrl}
                style={{ width: '100%', height: '100%', border: 0 }}
              />
            </Box>
          ) : (
            <ZoomedImage
              src={current.contentUrl}
              alt={label('DocumentKind', current.kind)}
              zoom={zoom}
              rotation={rotation}
            />
          )}
          {current.note && (
            <Typography variant="body2" color="error">
              {current.note}
            </Typography>
          )}
          {canVerify && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Button
                variant="contained"
                color="success"
                size="small"
                onClick={() => verify('VERIFIED')}
                disabled={current.status === 'VERIFIED'}
                data-testid="verify-document"
              >
                {translate('app.case.verify')}
              </Button>
              <TextField
                size="small"
                placeholder={translate('app.case.reject_note')}
                value={rejectNote}
                onChange={(e) => setRejectNote(e.target.value)}
                sx={{ flex: 1 }}
              />
              <Button
                variant="outlined"
                color="error"
                size="small"
                onClick={() => verify('REJECTED')}
                disabled={!rejectNote.trim()}
                data-testid="reject-document"
              >
                {translate('app.case.reject')}
              </Button>
            </Stack>
          )}
          <Typography variant="caption" color="text.secondary">
            {translate('app.case.document_keys')}
          </Typography>
        </>
      )}
    </Paper>
  );
}
