import { ApplicantKind, DocumentKind, DocumentStatus, SubjectCategory } from '../core/enums';
import type { Application } from './application.entity';
import type { Document } from './document.entity';

// Which papers a case must have verified before it can be accepted (workflow.md, "Required documents").
// Each entry is a set of alternatives: one verified document of any kind in it satisfies the entry.

const BY_CATEGORY: Record<SubjectCategory, DocumentKind[][]> = {
  [SubjectCategory.CITIZEN]: [[DocumentKind.ID_CARD_FRONT], [DocumentKind.ID_CARD_BACK]],
  [SubjectCategory.HMT_RESIDENT]: [[DocumentKind.HMT_TRAVEL_PERMIT]],
  [SubjectCategory.FOREIGNER]: [[DocumentKind.PASSPORT], [DocumentKind.RESIDENCE_PERMIT]],
};
const ENTRUSTED = [[DocumentKind.POWER_OF_ATTORNEY], [DocumentKind.AGENT_ID]];
const UNIT = [[DocumentKind.UNIT_LETTER, DocumentKind.BUSINESS_LICENSE], [DocumentKind.SUBJECT_CONSENT]];

export function requiredDocumentKinds(
  a: Pick<Application, 'applicantKind' | 'entrusted' | 'subject'>,
): DocumentKind[][] {
  return [
    ...BY_CATEGORY[a.subject.category],
    ...(a.entrusted ? ENTRUSTED : []),
    ...(a.applicantKind === ApplicantKind.UNIT ? UNIT : []),
  ];
}

/** Required kinds with no verified document yet (for an either-or entry, every kind of it). */
export function missingDocumentKinds(
  a: Pick<Application, 'applicantKind' | 'entrusted' | 'subject'>,
  documents: Pick<Document, 'kind' | 'status'>[],
): DocumentKind[] {
  return kindsWithout(a, documents, (d) => d.status === DocumentStatus.VERIFIED);
}

/** Required kinds the applicant has sent nothing of but rejected papers: what is still to upload (verified or not yet). */
export function kindsToUpload(
  a: Pick<Application, 'applicantKind' | 'entrusted' | 'subject'>,
  documents: Pick<Document, 'kind' | 'status'>[],
): DocumentKind[] {
  return kindsWithout(a, documents, (d) => d.status !== DocumentStatus.REJECTED);
}

function kindsWithout(
  a: Pick<Application, 'applicantKind' | 'entrusted' | 'subject'>,
  documents: Pick<Document, 'kind' | 'status'>[],
  counts: (d: Pick<Document, 'kind' | 'status'>) => boolean,
): DocumentKind[] {
  const given = new Set(documents.filter(counts).map((d) => d.kind));
  return requiredDocumentKinds(a)
    .filter((choice) => !choice.some((k) => given.has(k)))
    .flat();
}
