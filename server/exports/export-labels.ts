import type { ApplicationStatus, Purpose, SlaState, SubjectCategory } from '../core/enums';

// The words of the exports, in the console's two languages. The enum labels are the console's own
// (admin/src/i18n, `enums`); test/exports.test.ts fails when the two differ, so the console's
// catalogue stays the one source and this table its copy for the server.

export type ExportLanguage = 'zh-CN' | 'en';

export interface ExportLabels {
  /** The file's and the sheet's names: the queue by the day exported, the workload by its period. */
  names: {
    applications: (day: string) => { file: string; sheet: string };
    workload: (from: string, to: string) => { file: string; sheet: string };
    timeInStatus: (from: string, to: string) => { file: string; sheet: string };
  };
  applications: {
    referenceNo: string;
    subjectName: string;
    idNumber: string;
    unit: string;
    category: string;
    purpose: string;
    office: string;
    assignee: string;
    status: string;
    submittedAt: string;
    dueAt: string;
    slaState: string;
  };
  workload: {
    office: string;
    officer: string;
    day: string;
    parent: string;
    received: string;
    accepted: string;
    decided: string;
    issued: string;
    mailed: string;
    openNow: string;
    overdueNow: string;
    slaMet: string;
    medianDays: string;
    total: string;
    unassigned: string;
  };
  timeInStatus: {
    office: string;
    status: string;
    count: string;
    average: string;
    p90: string;
  };
  enums: {
    ApplicationStatus: Record<ApplicationStatus, string>;
    SubjectCategory: Record<SubjectCategory, string>;
    Purpose: Record<Purpose, string>;
    SlaState: Record<SlaState, string>;
  };
}

const zhCN: ExportLabels = {
  names: {
    applications: (day) => ({ file: `申请列表_${day}`, sheet: `申请列表 ${day}` }),
    workload: (from, to) => ({ file: `工作量统计_${from}至${to}`, sheet: `工作量统计 ${from}至${to}` }),
    timeInStatus: (from, to) => ({ file: `各状态停留时间_${from}至${to}`, sheet: `停留时间 ${from}至${to}` }),
  },
  applications: {
    referenceNo: '受理编号',
    subjectName: '当事人',
    idNumber: '证件号码',
    unit: '申请单位',
    category: '人员类别',
    purpose: '用途',
    office: '受理单位',
    assignee: '承办人',
    status: '状态',
    submittedAt: '提交时间',
    dueAt: '办理时限',
    slaState: '时限状态',
  },
  workload: {
    office: '单位',
    officer: '民警',
    day: '日期',
    parent: '上级单位',
    received: '收件',
    accepted: '受理',
    decided: '办结',
    issued: '出具',
    mailed: '寄出',
    openNow: '在办',
    overdueNow: '超期',
    slaMet: '按时办结率',
    medianDays: '办结用时中位数（工作日）',
    total: '合计',
    unassigned: '未分配',
  },
  timeInStatus: {
    office: '单位',
    status: '状态',
    count: '件数',
    average: '平均（工作日）',
    p90: '90% 分位（工作日）',
  },
  enums: {
    ApplicationStatus: {
      SUBMITTED: '待受理',
      AWAITING_SUPPLEMENT: '待补正',
      ACCEPTED: '已受理',
      UNDER_INVESTIGATION: '核查中',
      PENDING_SIGNOFF: '待审批',
      DECIDED: '已决定',
      ISSUED: '已出具',
      MAILED: '已寄出',
      DELIVERED: '已送达',
      NOT_ACCEPTED: '不予受理',
      WITHDRAWN: '已撤回',
      UNDER_REVIEW: '复核中',
    },
    SubjectCategory: { CITIZEN: '中国公民', HMT_RESIDENT: '港澳台居民', FOREIGNER: '外国人' },
    Purpose: {
      GO_ABROAD: '出国（境）',
      QUALIFICATION: '资格准入',
      FURTHER_STUDY: '升学进修',
      ENLISTMENT: '应征入伍',
      SENSITIVE_POST: '特殊岗位',
      EMPLOYMENT_SCREENING: '入职审查',
      OTHER: '其他',
    },
    SlaState: {
      NOT_STARTED: '未计时',
      ON_TRACK: '正常',
      DUE_SOON: '即将到期',
      OVERDUE: '已超期',
      PAUSED: '暂停计时',
      MET: '按时办结',
      BREACHED: '超期办结',
    },
  },
};

const en: ExportLabels = {
  names: {
    applications: (day) => ({ file: `applications-${day}`, sheet: `Applications ${day}` }),
    workload: (from, to) => ({ file: `workload-${from}-to-${to}`, sheet: `Workload ${from}–${to}` }),
    timeInStatus: (from, to) => ({ file: `time-in-status-${from}-to-${to}`, sheet: `In status ${from}–${to}` }),
  },
  applications: {
    referenceNo: 'Reference',
    subjectName: 'Subject',
    idNumber: 'ID number',
    unit: 'Unit',
    category: 'Category',
    purpose: 'Purpose',
    office: 'Office',
    assignee: 'Assignee',
    status: 'Status',
    submittedAt: 'Submitted',
    dueAt: 'Due',
    slaState: 'Time limit',
  },
  workload: {
    office: 'Office',
    officer: 'Officer',
    day: 'Day',
    parent: 'Rolls up into',
    received: 'Received',
    accepted: 'Accepted',
    decided: 'Decided',
    issued: 'Issued',
    mailed: 'Mailed',
    openNow: 'Open',
    overdueNow: 'Overdue',
    slaMet: 'Met the limit',
    medianDays: 'Median working days to decision',
    total: 'Total',
    unassigned: 'Unassigned',
  },
  timeInStatus: {
    office: 'Office',
    status: 'Status',
    count: 'Stays',
    average: 'Average (working days)',
    p90: '90th percentile (working days)',
  },
  enums: {
    ApplicationStatus: {
      SUBMITTED: 'Submitted',
      AWAITING_SUPPLEMENT: 'Awaiting supplement',
      ACCEPTED: 'Accepted',
      UNDER_INVESTIGATION: 'Under investigation',
      PENDING_SIGNOFF: 'Pending sign-off',
      DECIDED: 'Decided',
      ISSUED: 'Issued',
      MAILED: 'Mailed',
      DELIVERED: 'Delivered',
      NOT_ACCEPTED: 'Not accepted',
      WITHDRAWN: 'Withdrawn',
      UNDER_REVIEW: 'Under review',
    },
    SubjectCategory: { CITIZEN: 'Chinese citizen', HMT_RESIDENT: 'HK/Macao/Taiwan resident', FOREIGNER: 'Foreigner' },
    Purpose: {
      GO_ABROAD: 'Going abroad',
      QUALIFICATION: 'Qualification',
      FURTHER_STUDY: 'Further study',
      ENLISTMENT: 'Enlistment',
      SENSITIVE_POST: 'Sensitive post',
      EMPLOYMENT_SCREENING: 'Employment screening',
      OTHER: 'Other',
    },
    SlaState: {
      NOT_STARTED: 'Not started',
      ON_TRACK: 'On track',
      DUE_SOON: 'Due soon',
      OVERDUE: 'Overdue',
      PAUSED: 'Paused',
      MET: 'Met',
      BREACHED: 'Breached',
    },
  },
};

export const EXPORT_LABELS: Record<ExportLanguage, ExportLabels> = { 'zh-CN': zhCN, en };

/** An instant as officers read it: Asia/Shanghai, `YYYY-MM-DD HH:mm`. */
export function shanghaiMinute(at: Date | null | undefined): string | null {
  return at ? new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : null;
}

/** A share 0..1 as a percentage with one decimal (`80.9%`); null stays empty. */
export function percent(share: number | null): string | null {
  return share == null ? null : `${(share * 100).toFixed(1)}%`;
}
