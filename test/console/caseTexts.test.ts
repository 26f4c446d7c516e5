import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { actionButtons, stepDoneKey } from '../../admin/src/applications/case/caseActions';
import { type AuditEntry, historyLines, statusChange } from '../../admin/src/applications/case/history';
import { formatDate, formatDateTime } from '../../admin/src/common/dates';
import { CaseAction } from '../../admin/src/generated/graphql';
import { en } from '../../admin/src/i18n/en';
import { zhCN } from '../../admin/src/i18n/zh-CN';

// The texts of the case page that do not need a server: dates, toasts after a step, the history's lines.
const catalogs = { 'zh-CN': zhCN, en } as const;
const translator = (locale: keyof typeof catalogs) => {
  const provider = polyglotI18nProvider(() => catalogs[locale], locale);
  return (key: string, options?: Record<string, unknown>) => provider.translate(key, options) as string;
};

describe('dates', () => {
  it('writes every date YYYY-MM-DD and every time YYYY-MM-DD HH:mm in Asia/Shanghai', () => {
    expect(formatDateTime('2026-11-27T14:45:49Z')).toBe('2026-11-27 22:45');
    expect(formatDateTime('2026-11-27T16:30:00.000Z')).toBe('2026-11-28 00:30'); // the next day in Shanghai
    expect(formatDate('2026-11-27T16:30:00.000Z')).toBe('2026-11-28');
    expect(formatDateTime('2026-11-27T14:45:49Z', false)).toBe('2026-11-27');
    expect(formatDate('1949-12-31')).toBe('1949-12-31'); // a calendar date stays as it is
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime(new Date(Date.UTC(2026, 0, 5, 1, 2)))).toBe('2026-01-05 09:02');
  });
});

describe('the toast after a step', () => {
  const steps = actionButtons(Object.values(CaseAction));
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`has a message for every step and outcome in ${locale}, none with a doubled 已`, () => {
      const t = translator(locale);
      const keys = [
        ...steps.map((action) => stepDoneKey(action, null)),
        stepDoneKey('DECIDE', 'PENDING_SIGNOFF'),
        stepDoneKey('SIGN_OFF', 'DECIDED'),
        stepDoneKey('SIGN_OFF', 'ACCEPTED'),
        stepDoneKey('ISSUE', 'DELIVERED'),
        'app.case.document_done.VERIFIED',
        'app.case.document_done.REJECTED',
      ];
      for (const key of keys) {
        const text = t(key, { _: '' });
        expect(text, key).not.toBe('');
        expect(text, key).not.toContain('已已');
        expect(text, key).not.toContain('%{');
      }
      expect(t('app.case.done', { action: t('enums.CaseAction.SUPPLEMENT_RECEIVED') })).not.toContain('已已');
    });
  }

  it('says a record-found decision was sent for sign-off, not decided', () => {
    expect(translator('zh-CN')(stepDoneKey('DECIDE', 'PENDING_SIGNOFF'))).toBe('已提交审批');
    expect(translator('en')(stepDoneKey('DECIDE', 'PENDING_SIGNOFF'))).toBe('Sent for sign-off');
    expect(translator('zh-CN')(stepDoneKey('DECIDE', 'DECIDED'))).toBe('已作出决定');
    expect(translator('zh-CN')(stepDoneKey('SIGN_OFF', 'ACCEPTED'))).toBe('已退回重办');
    expect(translator('zh-CN')(stepDoneKey('SUPPLEMENT_RECEIVED', 'ACCEPTED'))).toBe('补正材料已收到');
    expect(translator('zh-CN')('app.case.document_done.VERIFIED')).toBe('材料已核验');
  });
});

describe('the history tab', () => {
  const officer = { displayName: '张警官', username: 'heping.officer' };
  const other = { displayName: '李警官', username: 'shenhe.officer' };
  const read = (id: number, actor = officer, kind = 'PHOTO'): AuditEntry => ({
    id: String(id),
    at: `2026-11-27T0${id % 10}:00:00Z`,
    action: 'DOCUMENT_DOWNLOADED',
    actor,
    detail: { kind },
  });
  const step = (id: number, action: string, fromStatus: string, toStatus: string): AuditEntry => ({
    id: String(id),
    at: '2026-11-27T01:00:00Z',
    action,
    actor: officer,
    detail: { fromStatus, toStatus },
  });

  it("folds an officer's reads of one kind on one day into one line where the newest stands, and keeps every step", () => {
    const lines = historyLines([
      read(9, officer, 'PHOTO'),
      read(8, officer, 'ID_CARD_FRONT'),
      read(7, officer, 'PHOTO'),
      step(6, 'ACCEPT', 'SUBMITTED', 'ACCEPTED'),
      read(5),
      read(4, other),
      read(3, other),
      step(2, 'CLAIM', 'SUBMITTED', 'SUBMITTED'),
      // The day before in Shanghai (23:00 there): a line of its own.
      { ...read(1), at: '2026-11-26T15:00:00Z' },
    ]);
    expect(lines.map((l) => [l.event.id, l.count])).toEqual([
      ['9', 4],
      ['6', 1],
      ['4', 2],
      ['2', 1],
      ['1', 1],
    ]);
    expect(lines[0].first.id).toBe('5');
    expect(new Set(lines[0].kinds)).toEqual(new Set(['PHOTO', 'ID_CARD_FRONT']));
  });

  it('shows a status change only when the status changed', () => {
    expect(statusChange(step(1, 'ACCEPT', 'SUBMITTED', 'ACCEPTED'))).toEqual(['SUBMITTED', 'ACCEPTED']);
    expect(statusChange(step(1, 'CLAIM', 'SUBMITTED', 'SUBMITTED'))).toBeNull();
    expect(statusChange(read(1))).toBeNull();
    expect(
      statusChange({
        id: '1',
        at: '',
        action: 'APPLICATION_SUBMITTED',
        detail: { fromStatus: null, toStatus: 'SUBMITTED' },
      }),
    ).toEqual([null, 'SUBMITTED']);
  });
});
