import type { Application } from '../applications/application.entity';
import { referenceNo } from '../applications/application.service';
import type { Document } from '../applications/document.entity';
import { requiredDocumentKinds } from '../applications/required-documents';
import { actionsLeading, leadsTo, STATUSES } from '../applications/workflow';
import type { WorkCalendar } from '../calendar/calendar.service';
import { DECISION_LIMIT_WORKDAYS, dueAt, REVIEW_LIMIT_WORKDAYS, workingDaysElapsed } from '../calendar/clock';
import {
  ApplicantKind,
  ApplicationStatus,
  Carrier,
  CaseAction,
  Channel,
  DeliveryMethod,
  DocumentKind,
  DocumentStatus,
  IdType,
  Outcome,
  Purpose,
  RecordCheckStatus,
  RegionBasis,
  Role,
  SubjectCategory,
} from '../core/enums';
import { makeCreditCode, makeForeignPermanentResidenceCard, makeResidentId, makeS10 } from '../identifiers/identifiers';
import type { Officer } from '../officers/officer.entity';
import type { Office } from '../offices/office.entity';
import type { CriminalRecord } from '../records/criminal-record.entity';
import { registryRecordOf } from '../records/demo-registry';
import type { RecordCheck } from '../records/record-check.entity';
import { matchesOf, suggestedOutcomeOf } from '../records/record-match';
import { routeApplication } from '../routing/routing.engine';
import type { RoutingRule } from '../routing/routing-rule.entity';
import type { DemoFile } from './demo-files';

/** A small deterministic PRNG (mulberry32): the same seed gives the same demo data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      let r = next() * entries.reduce((s, [, w]) => s + w, 0);
      for (const [v, w] of entries) {
        r -= w;
        if (r < 0) return v;
      }
      return entries[entries.length - 1][0];
    },
  };
}
type Rng = ReturnType<typeof prng>;

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '华',
  '玉兰',
  '萍',
  '红',
  '鹏',
  '辉',
  '建国',
  '波',
  '宁',
  '欣怡',
  '浩然',
  '宇轩',
  '子涵',
  '梓轩',
  '一诺',
  '雨桐',
  '思远',
  '晨阳',
  '佳琪',
  '俊杰',
  '婷婷',
  '志强',
  '海燕',
];
const FOREIGNERS = [
  { nationality: '韩国', numeric: '410', names: ['KIM MINJUN', 'LEE SEOYEON', 'PARK JIHOON', 'CHOI YUNA'] },
  { nationality: '日本', numeric: '392', names: ['SATO HARUTO', 'SUZUKI YUI', 'TAKAHASHI REN'] },
  { nationality: '美国', numeric: '840', names: ['JOHN SMITH', 'EMILY JOHNSON', 'MICHAEL BROWN'] },
  { nationality: '俄罗斯', numeric: '643', names: ['IVAN PETROV', 'ANNA SMIRNOVA'] },
  { nationality: '德国', numeric: '276', names: ['LUKAS MUELLER', 'SOPHIE SCHMIDT'] },
];
const HMT = [
  { nationality: '中国香港', permit: (n: number) => `H${String(10000000 + n).slice(-8)}` },
  { nationality: '中国澳门', permit: (n: number) => `M${String(20000000 + n).slice(-8)}` },
  { nationality: '中国台湾', permit: (n: number) => String(30000000 + n).slice(-8) },
];
const UNITS = [
  '沈阳市第一中学',
  '辽宁华晟物流有限公司',
  '沈阳盛京银行股份有限公司',
  '沈阳市和平区教育局',
  '辽宁恒远安保服务有限公司',
  '沈阳地铁集团有限公司',
];
const COUNTRIES = ['加拿大', '澳大利亚', '美国', '英国', '日本', '新西兰', '德国', '新加坡'];
const OTHER_DOMICILES = ['110101', '310104', '440305', '220102', '150102'];

const STATUS_WEIGHTS = [
  [ApplicationStatus.SUBMITTED, 30],
  [ApplicationStatus.AWAITING_SUPPLEMENT, 5],
  [ApplicationStatus.ACCEPTED, 15],
  [ApplicationStatus.UNDER_INVESTIGATION, 3],
  [ApplicationStatus.PENDING_SIGNOFF, 1],
  [ApplicationStatus.DECIDED, 7],
  [ApplicationStatus.ISSUED, 7],
  [ApplicationStatus.MAILED, 8],
  [ApplicationStatus.DELIVERED, 13],
  [ApplicationStatus.NOT_ACCEPTED, 3],
  [ApplicationStatus.WITHDRAWN, 2],
  [ApplicationStatus.UNDER_REVIEW, 1],
] as const;
/** How the cases of a long history end: the few still open are drawn from the demo mix. */
const CLOSED_WEIGHTS = [
  [ApplicationStatus.DELIVERED, 93],
  [ApplicationStatus.NOT_ACCEPTED, 4],
  [ApplicationStatus.WITHDRAWN, 3],
] as const;
const DECIDED = new Set<ApplicationStatus>([
  ApplicationStatus.DECIDED,
  ApplicationStatus.ISSUED,
  ApplicationStatus.MAILED,
  ApplicationStatus.DELIVERED,
  ApplicationStatus.UNDER_REVIEW,
]);
const ACCEPTED = new Set<ApplicationStatus>([
  ...DECIDED,
  ApplicationStatus.ACCEPTED,
  ApplicationStatus.UNDER_INVESTIGATION,
  ApplicationStatus.PENDING_SIGNOFF,
]);

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** A reference number whose tail spells the sequence number in base 32: unique within the demo data. */
const demoReferenceNo = (at: Date, sequence: number) =>
  referenceNo(at, (i) => Math.floor(sequence / 32 ** (4 - i)) % 32);

export interface DemoWorld {
  /** The stored demo file each kind of document shows. */
  file: (kind: DocumentKind) => DemoFile;
  offices: Office[];
  /** Every township some police station covers: where the demo people live. */
  townships: string[];
  officers: Officer[];
  rules: RoutingRule[];
  calendar: WorkCalendar;
  now: Date;
  /**
   * A long history instead of the demo mix: cases spread over `days`, of which only `openShare`
   * (drawn from the demo mix, so recent) are not closed, as in a bureau that keeps up with its intake.
   */
  history?: { days: number; openShare: number };
}

/** One status a demo case went through: SUBMIT at intake, then each a change the lifecycle table allows. */
export interface DemoStep {
  status: ApplicationStatus;
  at: Date;
  action: CaseAction | 'SUBMIT';
}

/**
 * Appends the change of `action` to `status` to a demo history, after checking it against the
 * lifecycle table (workflow.ts): the demo data cannot drift from what the server allows.
 */
function step(history: DemoStep[], action: CaseAction, status: ApplicationStatus, at: Date): void {
  const from = history[history.length - 1].status;
  if (!leadsTo(action, from, status))
    throw new Error(`Demo case history: ${action} cannot lead from ${from} to ${status}`);
  history.push({ status, at, action });
}

/** The one action of the lifecycle table that leads from `from` to `to`, for a demo step that only names its status. */
function actionInto(from: ApplicationStatus, to: ApplicationStatus): CaseAction {
  const actions = actionsLeading(from, to);
  if (actions.length !== 1) throw new Error(`Demo case history: ${actions.length} actions lead from ${from} to ${to}`);
  return actions[0];
}

/** A demo case's row as drawn: what every case has (its number, office, status and intake), the rest as set; the seed gives it its id. */
export type DemoApplication = Partial<Application> &
  Pick<Application, 'referenceNo' | 'officeId' | 'status' | 'submittedAt'>;

export interface DemoCase {
  application: DemoApplication;
  documents: Partial<Document>[];
  /** The statuses the case went through and the action that brought each, for the status history. */
  history: DemoStep[];
  /** Set when the case's result document is to be issued (numbered and rendered by the seed). */
  issue: { issuedAt: Date; issuedById: number | null } | null;
  /** The demo registry's judgments of this subject, and of namesakes born the same day. */
  records: Omit<CriminalRecord, 'id'>[];
  /** The registry check of an accepted case, as the worker would have answered it at acceptance. */
  recordCheck: Partial<RecordCheck> | null;
}

const OFFENCES = ['盗窃罪', '故意伤害罪', '危险驾驶罪', '诈骗罪', '寻衅滋事罪', '交通肇事罪', '非法拘禁罪'];
const SENTENCES = ['有期徒刑一年', '拘役三个月', '有期徒刑六个月，缓刑一年', '有期徒刑二年', '罚金人民币五千元'];

/** What the registry holds on a demo subject; a decided case's outcome was decided from it. */
type DemoRecord = 'none' | 'found' | 'sealed' | 'namesake';
/**
 * Subjects of undecided cases: a record now and then, a few of them sealed juvenile records. With
 * the cases a record is decided for or waits for sign-off or review, about 3% of demo subjects
 * have a record.
 */
const UNDECIDED_SUBJECTS = [
  ['found', 10],
  ['sealed', 5],
  ['namesake', 10],
  ['none', 975],
] as const;
/** Subjects decided NO_RECORD: a namesake now and then. */
const CLEARED_SUBJECTS = [
  ['namesake', 10],
  ['none', 990],
] as const;

/**
 * The demo registry's judgments for the case's subject: a record under the subject's number
 * (committed under 18 and sealed for a sealed juvenile record), or a namesake born the same day
 * under another number or none, for the officer to rule out.
 */
function demoRecords(
  rng: Rng,
  sequence: number,
  subject: Application['subject'],
  kind: DemoRecord,
): Omit<CriminalRecord, 'id'>[] {
  if (kind === 'none') return [];
  const born = subject.birthDate;
  // Every demo subject is made with a birth date.
  if (!born) throw new Error(`Demo subject ${subject.name} has no birth date`);
  const birthYear = Number(born.slice(0, 4));
  const juvenile = kind === 'sealed';
  const judged = `${birthYear + (juvenile ? 16 : 20 + rng.int(15))}-${String(1 + rng.int(12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
  const namesake = kind === 'namesake';
  return [
    {
      // A court's case number, as registry records cite their judgment.
      recordRef: `（${judged.slice(0, 4)}）沈刑初字第${sequence}号`,
      idNumber: namesake
        ? rng.next() < 0.5
          ? null
          : makeResidentId(rng.pick(OTHER_DOMICILES), born, rng.int(1000))
        : subject.idNumber,
      name: subject.name,
      birthDate: subject.birthDate,
      offence: rng.pick(OFFENCES),
      judgmentDate: judged,
      sentence: rng.pick(SENTENCES),
      committedUnder18: juvenile,
      sealed: juvenile,
    },
  ];
}

function birthDate(rng: Rng, minAge: number, maxAge: number, now: Date): string {
  const year = now.getUTCFullYear() - minAge - rng.int(maxAge - minAge);
  return `${year}-${String(1 + rng.int(12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
}

/** One plausible case, routed by the real rules. Null when routing refuses it (then the seed draws again). */
export function demoCase(world: DemoWorld, sequence: number): DemoCase | null {
  const rng = prng(sequence * 7919 + 17);
  const { offices, now } = world;
  const { townships } = world;
  const applicantKind = rng.next() < 0.2 ? ApplicantKind.UNIT : ApplicantKind.INDIVIDUAL;
  const category = rng.weighted([
    [SubjectCategory.CITIZEN, 80],
    [SubjectCategory.HMT_RESIDENT, 6],
    [SubjectCategory.FOREIGNER, 14],
  ] as const);
  const residence = rng.pick(townships);
  const dob = birthDate(rng, 19, 60, now);
  let subject: Application['subject'];
  if (category === SubjectCategory.CITIZEN) {
    const domicile = rng.next() < 0.75 ? rng.pick(townships) : rng.pick(OTHER_DOMICILES);
    subject = {
      name: rng.pick([...SURNAMES]) + rng.pick(GIVEN),
      category,
      idType: IdType.RESIDENT_ID_CARD,
      idNumber: makeResidentId(domicile.slice(0, 6), dob, rng.int(1000)),
      nationality: '中国',
      birthDate: dob,
      gender: null,
      domicileRegion: domicile,
      residenceRegion: residence,
      daysInChina: null,
      phone: `13${rng.int(10)}${String(rng.int(1e8)).padStart(8, '0')}`,
    } as Application['subject'];
    subject.gender = Number(subject.idNumber[16]) % 2 ? 'M' : 'F';
  } else if (category === SubjectCategory.HMT_RESIDENT) {
    const origin = rng.pick(HMT);
    subject = {
      name: rng.pick([...SURNAMES]) + rng.pick(GIVEN),
      category,
      idType: IdType.HMT_TRAVEL_PERMIT,
      idNumber: origin.permit(sequence),
      nationality: origin.nationality,
      birthDate: dob,
      gender: rng.pick(['M', 'F']),
      domicileRegion: null,
      residenceRegion: residence,
      daysInChina: null,
      phone: `13${rng.int(10)}${String(rng.int(1e8)).padStart(8, '0')}`,
    } as Application['subject'];
  } else {
    const country = rng.pick(FOREIGNERS);
    const permanent = rng.next() < 0.3;
    subject = {
      name: rng.pick(country.names),
      category,
      idType: permanent ? IdType.FOREIGNER_PERMANENT_RESIDENCE_CARD : IdType.PASSPORT,
      idNumber: permanent
        ? makeForeignPermanentResidenceCard(country.numeric, sequence % 1000)
        : `E${String(10000000 + sequence).slice(-8)}`,
      nationality: country.nationality,
      birthDate: dob,
      gender: rng.pick(['M', 'F']),
      domicileRegion: null,
      residenceRegion: residence,
      daysInChina: 180 + rng.int(2000),
      phone: `13${rng.int(10)}${String(rng.int(1e8)).padStart(8, '0')}`,
    } as Application['subject'];
  }
  const entrusted = applicantKind === ApplicantKind.INDIVIDUAL && rng.next() < 0.12;
  const agentDob = birthDate(rng, 25, 60, now);
  const agentDomicile = rng.pick(townships);
  const agent = entrusted
    ? {
        name: rng.pick([...SURNAMES]) + rng.pick(GIVEN),
        category: SubjectCategory.CITIZEN,
        idType: IdType.RESIDENT_ID_CARD,
        idNumber: makeResidentId(agentDomicile.slice(0, 6), agentDob, rng.int(1000)),
        nationality: '中国',
        birthDate: agentDob,
        gender: null,
        domicileRegion: agentDomicile,
        residenceRegion: null,
        daysInChina: null,
        phone: `139${String(rng.int(1e8)).padStart(8, '0')}`,
      }
    : {};
  const unitRegion = rng.pick(townships);
  const unit =
    applicantKind === ApplicantKind.UNIT
      ? {
          name: rng.pick(UNITS),
          creditCode: makeCreditCode(unitRegion.slice(0, 6), sequence % 100000),
          region: unitRegion,
          contactName: `${rng.pick([...SURNAMES])}经理`,
          contactPhone: `024${String(rng.int(1e8)).padStart(8, '0')}`,
        }
      : {};
  const decision = routeApplication(world.rules, offices, {
    applicantKind,
    subjectCategory: category,
    entrusted,
    daysInChina: subject.daysInChina ?? null,
    regions: {
      [RegionBasis.DOMICILE]: subject.domicileRegion,
      [RegionBasis.RESIDENCE]: subject.residenceRegion,
      [RegionBasis.UNIT_LOCATION]: (unit as { region?: string }).region ?? null,
    },
    preferredBasis: null,
  });
  if (decision.officeId == null) return null;

  const purpose =
    applicantKind === ApplicantKind.UNIT
      ? rng.pick([Purpose.EMPLOYMENT_SCREENING, Purpose.SENSITIVE_POST, Purpose.QUALIFICATION])
      : rng.weighted([
          [Purpose.GO_ABROAD, 40],
          [Purpose.QUALIFICATION, 20],
          [Purpose.FURTHER_STUDY, 10],
          [Purpose.ENLISTMENT, 5],
          [Purpose.SENSITIVE_POST, 5],
          [Purpose.EMPLOYMENT_SCREENING, 10],
          [Purpose.OTHER, 10],
        ] as const);
  /** The history a closed case of the past is spread over; null for a case of the last two months. */
  const archivedIn = world.history && rng.next() >= world.history.openShare ? world.history : null;
  const status = archivedIn ? rng.weighted(CLOSED_WEIGHTS) : rng.weighted(STATUS_WEIGHTS);
  const delivery =
    status === ApplicationStatus.MAILED
      ? DeliveryMethod.MAIL
      : rng.weighted([
          [DeliveryMethod.MAIL, 50],
          [DeliveryMethod.COUNTER_PICKUP, 30],
          [DeliveryMethod.ELECTRONIC, 20],
        ] as const);
  const mailingAddress =
    delivery === DeliveryMethod.MAIL
      ? {
          recipient: subject.name,
          phone: subject.phone ?? '13800000000',
          region: residence,
          line: `${rng.int(300) + 1}号${rng.int(30) + 1}单元${rng.int(20) + 1}0${rng.int(4) + 1}室`,
          postalCode: '110000',
        }
      : {};

  // Times: open cases are recent, closed ones spread over the last two months (or the whole history).
  const ageDays = archivedIn
    ? 5 + rng.int(archivedIn.days - 5)
    : ACCEPTED.has(status) && !DECIDED.has(status)
      ? rng.int(6)
      : status === ApplicationStatus.SUBMITTED
        ? rng.int(4)
        : 5 + rng.int(55);
  const submittedAt = new Date(now.getTime() - ageDays * DAY - rng.int(10) * HOUR - rng.int(3600_000));
  const officeOfficers = world.officers.filter((o) => o.officeId === decision.officeId && o.role !== Role.SUPERVISOR);
  const closed = !STATUSES[status].open;
  const worker = officeOfficers.length ? rng.pick(officeOfficers) : null;
  const assignee = !closed && (status !== ApplicationStatus.SUBMITTED || rng.next() < 0.4) ? worker : null;
  const history: DemoStep[] = [{ status: ApplicationStatus.SUBMITTED, at: submittedAt, action: 'SUBMIT' }];
  const set: Partial<Application> = {};
  const before = (t: number) => new Date(Math.min(t, now.getTime() - HOUR));
  if (ACCEPTED.has(status)) {
    const acceptedAt = before(submittedAt.getTime() + (2 + rng.int(30)) * HOUR);
    const due = dueAt(world.calendar, acceptedAt, DECISION_LIMIT_WORKDAYS, 0);
    Object.assign(set, { acceptedAt, clockStartedAt: acceptedAt, dueAt: due });
    step(history, CaseAction.ACCEPT, ApplicationStatus.ACCEPTED, acceptedAt);
    if (status === ApplicationStatus.UNDER_INVESTIGATION) {
      set.pausedSince = before(acceptedAt.getTime() + (1 + rng.int(12)) * HOUR);
      step(history, CaseAction.START_INVESTIGATION, status, set.pausedSince);
    }
    if (DECIDED.has(status) || status === ApplicationStatus.PENDING_SIGNOFF) {
      set.outcome =
        status === ApplicationStatus.UNDER_REVIEW
          ? Outcome.RECORD_FOUND
          : status === ApplicationStatus.PENDING_SIGNOFF
            ? rng.pick([Outcome.RECORD_FOUND, Outcome.SEALED_JUVENILE_RECORD])
            : rng.weighted([
                [Outcome.NO_RECORD, 985],
                [Outcome.RECORD_FOUND, 10],
                [Outcome.SEALED_JUVENILE_RECORD, 5],
              ] as const);
      set.decidedById = worker?.id ?? null;
      // Most cases are decided within the limit; about one in ten late.
      const late = rng.next() < 0.1;
      const decidedAt = before(
        late ? due.getTime() + (1 + rng.int(48)) * HOUR : acceptedAt.getTime() + (1 + rng.int(40)) * HOUR,
      );
      if (status === ApplicationStatus.PENDING_SIGNOFF) {
        step(history, CaseAction.DECIDE, status, decidedAt);
      } else {
        set.decidedAt = decidedAt;
        set.decisionWorkingDays = workingDaysElapsed(
          world.calendar,
          { clockStartedAt: acceptedAt, decidedAt, pausedSince: null, pausedWorkingDays: 0 },
          decidedAt,
        );
        if (set.outcome !== Outcome.NO_RECORD) {
          const office = offices.find((o) => o.id === decision.officeId);
          // The routing decision chose its office among these.
          if (!office) throw new Error(`Demo case routed to office ${decision.officeId}, not a demo office`);
          set.signedOffById =
            world.officers.find((o) => o.role === Role.SUPERVISOR && o.officeId === office.parentId)?.id ??
            world.officers.find((o) => o.username === 'city.supervisor')?.id ??
            null;
        }
        step(history, CaseAction.DECIDE, ApplicationStatus.DECIDED, decidedAt);
      }
    }
  }
  let issue: DemoCase['issue'] = null;
  if (STATUSES[status].issued && set.decidedAt) {
    const issuedAt = before(set.decidedAt.getTime() + (1 + rng.int(20)) * HOUR);
    issue = { issuedAt, issuedById: worker?.id ?? null };
    step(
      history,
      CaseAction.ISSUE,
      delivery === DeliveryMethod.ELECTRONIC ? ApplicationStatus.DELIVERED : ApplicationStatus.ISSUED,
      issuedAt,
    );
    const mailed = delivery === DeliveryMethod.MAIL && status !== ApplicationStatus.ISSUED;
    let handedOver = issuedAt;
    if (mailed) {
      const mailedAt = before(issuedAt.getTime() + (1 + rng.int(20)) * HOUR);
      set.mailing = {
        carrier: Carrier.EMS,
        trackingNumber: makeS10('EA', 10_000_000 + sequence),
        mailedAt,
        mailedById: worker?.id ?? 0,
        deliveredAt: null,
      };
      step(history, CaseAction.RECORD_MAILING, ApplicationStatus.MAILED, mailedAt);
      handedOver = mailedAt;
    }
    const delivered =
      status === ApplicationStatus.DELIVERED ||
      status === ApplicationStatus.UNDER_REVIEW ||
      delivery === DeliveryMethod.ELECTRONIC;
    if (delivered && !(delivery === DeliveryMethod.MAIL && status === ApplicationStatus.ISSUED)) {
      const deliveredAt =
        delivery === DeliveryMethod.ELECTRONIC ? issuedAt : before(handedOver.getTime() + (2 + rng.int(48)) * HOUR);
      set.mailing = { ...(set.mailing ?? {}), deliveredAt } as Application['mailing'];
      if (delivery !== DeliveryMethod.ELECTRONIC)
        step(history, CaseAction.RECORD_DELIVERY, ApplicationStatus.DELIVERED, deliveredAt);
    }
    if (status === ApplicationStatus.UNDER_REVIEW) {
      const openedAt = before(Math.max(...history.map((h) => h.at.getTime())) + (2 + rng.int(48)) * HOUR);
      Object.assign(set, {
        clockStartedAt: openedAt,
        decidedAt: null,
        decisionWorkingDays: null,
        dueAt: dueAt(world.calendar, openedAt, REVIEW_LIMIT_WORKDAYS, 0),
      });
      step(history, CaseAction.OPEN_REVIEW, status, openedAt);
    }
  }
  // An electronic document is delivered as it is issued. A case that ends straight after intake
  // (a supplement requested, not accepted, withdrawn) takes the one action of the table that leads there.
  const finalStatus =
    issue && delivery === DeliveryMethod.ELECTRONIC && status === ApplicationStatus.ISSUED
      ? ApplicationStatus.DELIVERED
      : status;
  const last = history[history.length - 1];
  if (finalStatus !== last.status)
    step(history, actionInto(last.status, finalStatus), finalStatus, before(last.at.getTime() + HOUR));
  const supplementAt = before(submittedAt.getTime() + (1 + rng.int(20)) * HOUR);
  const supplementReason = '身份证背面照片模糊，请重新上传';
  const reasons: Partial<Record<ApplicationStatus, string>> = {
    [ApplicationStatus.AWAITING_SUPPLEMENT]: supplementReason,
    [ApplicationStatus.UNDER_INVESTIGATION]: '比对结果存在同名同生日记录，需进一步核查',
    [ApplicationStatus.NOT_ACCEPTED]: '申请人不属于本单位受理范围',
    [ApplicationStatus.WITHDRAWN]: '申请人主动撤回',
    [ApplicationStatus.UNDER_REVIEW]: '当事人对查询结果有异议，申请复核',
  };
  const kinds = [
    DocumentKind.APPLICATION_FORM,
    ...requiredDocumentKinds({ applicantKind, entrusted, subject }).map((choice) => choice[0]),
  ];
  const rejectedKind = finalStatus === ApplicationStatus.AWAITING_SUPPLEMENT ? kinds[kinds.length - 1] : null;
  const application: DemoApplication = {
    referenceNo: demoReferenceNo(submittedAt, sequence),
    status: finalStatus,
    channel: rng.next() < 0.8 ? Channel.ONLINE : Channel.COUNTER,
    applicantKind,
    entrusted,
    subject,
    agent: agent as Application['agent'],
    unit: unit as Application['unit'],
    purpose,
    purposeDetail: purpose === Purpose.OTHER ? '办理收养登记' : null,
    destinationCountry: purpose === Purpose.GO_ABROAD ? rng.pick(COUNTRIES) : null,
    delivery,
    mailingAddress: mailingAddress as Application['mailingAddress'],
    officeId: decision.officeId,
    assigneeId: assignee?.id ?? null,
    routingDecision: decision,
    submittedAt,
    acceptedAt: null,
    dueAt: null,
    decidedAt: null,
    outcome: null,
    decidedById: null,
    signedOffById: null,
    pausedWorkingDays: 0,
    feeAmount: 0,
    feePaid: false,
    statusReason: reasons[finalStatus] ?? null,
    ...(rejectedKind
      ? {
          resumeStatus: ApplicationStatus.SUBMITTED,
          supplement: {
            reason: supplementReason,
            kinds: [rejectedKind],
            requestedAt: supplementAt,
            requestedById: worker?.id ?? 0,
            answeredAt: null,
          },
        }
      : {}),
    ...set,
    updatedAt: history[history.length - 1].at,
    version: 1,
  };
  const documents: Partial<Document>[] = kinds.map((kind) => {
    const verified = ACCEPTED.has(status) || closed;
    const rejected = kind === rejectedKind;
    const file = world.file(kind);
    return {
      kind,
      fileName: `${kind.toLowerCase()}.${file.ending}`,
      contentType: file.contentType,
      byteSize: file.byteSize,
      sha256: file.sha256,
      status: rejected ? DocumentStatus.REJECTED : verified ? DocumentStatus.VERIFIED : DocumentStatus.PENDING,
      note: rejected ? '照片模糊' : null,
      uploadedAt: new Date(submittedAt.getTime() - 10 * 60_000),
      verifiedAt: verified || rejected ? (set.acceptedAt ?? supplementAt) : null,
      verifiedById: verified || rejected ? (worker?.id ?? null) : null,
    };
  });
  // The registry agrees with the decision made; undecided cases carry records in about the same share.
  // A draw of its own, so the rest of the demo data stays as it was.
  const recordRng = prng(sequence * 104729 + 3);
  const recordKind: DemoRecord =
    set.outcome === Outcome.RECORD_FOUND
      ? 'found'
      : set.outcome === Outcome.SEALED_JUVENILE_RECORD
        ? 'sealed'
        : status === ApplicationStatus.UNDER_INVESTIGATION
          ? 'namesake'
          : recordRng.weighted(set.outcome ? CLEARED_SUBJECTS : UNDECIDED_SUBJECTS);
  const records = demoRecords(recordRng, sequence, subject, recordKind);
  let recordCheck: DemoCase['recordCheck'] = null;
  if (set.acceptedAt) {
    const matches = matchesOf(subject, records.map(registryRecordOf));
    recordCheck = {
      status: matches.length ? RecordCheckStatus.MATCHES_FOUND : RecordCheckStatus.CLEAR,
      source: 'demo',
      requestedAt: set.acceptedAt,
      completedAt: new Date(set.acceptedAt.getTime() + 2000),
      requestedById: worker?.id ?? null,
      subject: { idType: subject.idType, idNumber: subject.idNumber, name: subject.name, birthDate: subject.birthDate },
      matchList: matches,
      suggestedOutcome: suggestedOutcomeOf(matches),
      error: null,
      startedAt: new Date(set.acceptedAt.getTime() + 1000),
      attempts: 1,
    };
    application.recordCheckStatus = recordCheck.status;
  }
  return { application, documents, history, issue, records, recordCheck };
}
