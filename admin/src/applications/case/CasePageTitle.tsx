import { useEffect } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationRecord, ApplicationRow } from '../../dataProvider';

/** The page's title (in the app bar and the browser's tab): the case's reference number. */
export function CasePageTitle() {
  // Shown while the queue's row of the case stands in for it too (ApplicationShow).
  const record = useRecordContext<ApplicationRecord | ApplicationRow>();
  const translate = useTranslate();
  const reference = record?.referenceNo;
  useEffect(() => {
    if (!reference) return;
    const before = document.title;
    document.title = `${reference} · ${translate('app.title')}`;
    return () => {
      document.title = before;
    };
  }, [reference, translate]);
  return <span data-testid="case-page-title">{reference ?? ''}</span>;
}
