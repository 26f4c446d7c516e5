import { DOCUMENT_KINDS } from '../../common/enums';
import { errorMessage } from '../../dataProvider/graphql';

/** A scan the applicant brought to the counter, picked before the case is registered. */
export interface Paper {
  kind: string;
  file: File;
}

/** How one paper went in once the case was registered: null when it did, else why not. */
export interface HandedIn {
  paper: Paper;
  refused: string | null;
}

/** The papers of a person's identity, by the person's category: what an officer scans first. */
const IDENTITY_PAPERS: Record<string, string[]> = {
  CITIZEN: ['ID_CARD_FRONT', 'ID_CARD_BACK'],
  HMT_RESIDENT: ['HMT_TRAVEL_PERMIT'],
  FOREIGNER: ['PASSPORT', 'RESIDENCE_PERMIT'],
};

/** The kind offered next: the person's identity papers first, then the list's order; of them the first not picked yet (OTHER once all are). */
export const nextPaperKind = (papers: readonly Paper[], category = 'CITIZEN'): string =>
  [...(IDENTITY_PAPERS[category] ?? []), ...DOCUMENT_KINDS].find(
    (kind) => kind !== 'OTHER' && !papers.some((p) => p.kind === kind),
  ) ?? 'OTHER';

/**
 * Uploads the papers to the case just registered, one after the other; a refused one does not stop
 * the rest. The server takes them from the officer who registered the case that day, wherever it went.
 */
export async function handIn(
  upload: (applicationId: string, kind: string, file: File) => Promise<unknown>,
  applicationId: string,
  papers: readonly Paper[],
): Promise<HandedIn[]> {
  const results: HandedIn[] = [];
  for (const paper of papers) {
    try {
      await upload(applicationId, paper.kind, paper.file);
      results.push({ paper, refused: null });
    } catch (error) {
      results.push({ paper, refused: errorMessage(error) });
    }
  }
  return results;
}
