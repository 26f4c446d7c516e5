import type { PersonRecord } from '../applications/application.columns';
import { ApplicantKind, IdType, IssuedDocumentKind, Outcome, Purpose } from '../core/enums';
import { chineseDate } from '../core/time';

/** Which document a decision yields (workflow.md, "Result documents"). */
export function resultDocumentKind(applicantKind: ApplicantKind, outcome: Outcome): IssuedDocumentKind {
  if (applicantKind === ApplicantKind.UNIT) return IssuedDocumentKind.UNIT_RESULT_LETTER;
  return outcome === Outcome.RECORD_FOUND
    ? IssuedDocumentKind.REFUSAL_NOTICE
    : IssuedDocumentKind.NO_CRIMINAL_RECORD_CERTIFICATE;
}

export const DOCUMENT_TITLE: Record<IssuedDocumentKind, string> = {
  [IssuedDocumentKind.NO_CRIMINAL_RECORD_CERTIFICATE]: '无犯罪记录证明',
  [IssuedDocumentKind.REFUSAL_NOTICE]: '不予出具无犯罪记录证明告知书',
  [IssuedDocumentKind.UNIT_RESULT_LETTER]: '犯罪记录查询结果告知函',
};

export const PURPOSE_LABEL: Record<Purpose, string> = {
  [Purpose.GO_ABROAD]: '出国（境）',
  [Purpose.QUALIFICATION]: '资格准入、执业注册',
  [Purpose.FURTHER_STUDY]: '升学、进修',
  [Purpose.ENLISTMENT]: '应征入伍',
  [Purpose.SENSITIVE_POST]: '涉密、公共安全等岗位从业',
  [Purpose.EMPLOYMENT_SCREENING]: '单位招录、入职审查',
  [Purpose.OTHER]: '其他',
};

export const ID_TYPE_LABEL: Record<IdType, string> = {
  [IdType.RESIDENT_ID_CARD]: '居民身份证',
  [IdType.HMT_TRAVEL_PERMIT]: '往来内地（大陆）通行证',
  [IdType.PASSPORT]: '护照',
  [IdType.FOREIGNER_PERMANENT_RESIDENCE_CARD]: '外国人永久居留身份证',
};

const GENDER_LABEL: Record<string, string> = { M: '男', F: '女' };

/**
 * The holder as the certificate names them, in full: it is the applicant's own document (masking
 * belongs to /verify, lists and exports). A citizen with gender, birth date and identity number; a
 * foreigner or a resident of Hong Kong, Macao or Taiwan also with nationality and document number.
 */
export function holderDescription(
  p: Pick<PersonRecord, 'name' | 'idType' | 'idNumber' | 'nationality' | 'gender' | 'birthDate'>,
): string {
  const parts = [
    p.idType !== IdType.RESIDENT_ID_CARD && p.nationality ? `国籍：${p.nationality}` : null,
    p.gender ? `性别：${GENDER_LABEL[p.gender] ?? p.gender}` : null,
    p.birthDate ? `出生日期：${chineseDate(p.birthDate)}` : null,
    `${p.idType === IdType.RESIDENT_ID_CARD ? '公民身份号码' : `${ID_TYPE_LABEL[p.idType]}号码`}：${p.idNumber}`,
  ];
  return `${p.name}（${parts.filter(Boolean).join('，')}）`;
}

/** 张三 → 张*; 欧阳娜娜 → 欧**娜; JOHN SMITH → J*** S**** : enough to recognise, not to identify. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (/^[\x20-\x7e]+$/.test(name))
    return name
      .trim()
      .split(/\s+/)
      .map((w) => w[0] + '*'.repeat(Math.max(w.length - 1, 1)))
      .join(' ');
  if (chars.length <= 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
