import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import { isObject } from '../../common/json';
import { PaperPicker } from '../../common/PaperPicker';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';
import { errorMessage } from '../../dataProvider/graphql';
import { nextKind } from './nextKind';

/** Adds a scanned paper (JPEG, PNG or PDF) of a chosen kind to the case; then offers the next kind still missing. */
export function UploadDocumentButton({ onUploaded }: { onUploaded?: (documentId: string | null) => void }) {
  const record = useRecordContext<ApplicationRecord>();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [uploadedNow, setUploadedNow] = useState<string[]>([]);
  const [kind, setKind] = useState(() => nextKind(record));
  if (!record) return null;
  const upload = async (file: File) => {
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
    }
  };
  return <PaperPicker kind={kind} onKind={setKind} onFile={upload} buttonLabel="app.case.upload" testId="upload" />;
}
