import { ApplicantKind, SubjectCategory } from '../core/enums';

// The language the public side speaks to an applicant: the text messages, /progress and /verify.

export type Language = 'zh' | 'en';

/** English to a foreigner who applies for themself; Chinese to everyone else (a unit, an agent, a citizen). */
export function applicantLanguage(a: {
  applicantKind: ApplicantKind;
  entrusted: boolean;
  subject: { category: SubjectCategory } | null;
}): Language {
  const own = a.applicantKind === ApplicantKind.INDIVIDUAL && !a.entrusted;
  return own && a.subject?.category === SubjectCategory.FOREIGNER ? 'en' : 'zh';
}

/** A page's language as its address asks (`lang=en`), Chinese otherwise. */
export const requestedLanguage = (lang: unknown): Language => (lang === 'en' ? 'en' : 'zh');
