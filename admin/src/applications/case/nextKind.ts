import type { ApplicationRecord } from '../../dataProvider';

/**
 * The kind to upload next: of the kinds the case still needs (those a supplement request asks
 * for while it waits, then those with no verified paper), the first with nothing usable
 * uploaded yet (for a supplement: nothing since the request; else: nothing not rejected), and
 * not uploaded just now; OTHER when none is left.
 */
export function nextKind(
  record: Pick<ApplicationRecord, 'documents' | 'status' | 'supplementRequest' | 'missingDocumentKinds'> | undefined,
  uploadedNow: readonly string[] = [],
): string {
  const documents = record?.documents ?? [];
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
