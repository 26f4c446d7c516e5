import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeS10 } from '../server/identifiers/identifiers';
import { type Client, type GqlResult, startTestApp, type TestApp } from './support/harness';
import { application, citizen, SHENHE_1, unit } from './support/inputs';
import { present } from './support/narrow';
import { acceptedCase, findCase, getCase, officeIds, PNG, readyCase, run, step, upload } from './support/workflow';

let app: TestApp;
let officer: Client;
let supervisor: Client;
let admin: Client;

beforeAll(async () => {
  app = await startTestApp();
  [officer, supervisor, admin] = await Promise.all([
    app.as('heping.officer'),
    app.as('heping.supervisor'),
    app.as('admin'),
  ]);
});
afterAll(() => app?.close());

const MAIL = {
  delivery: 'MAIL',
  mailingAddress: {
    recipient: '测试人',
    phone: '13800001111',
    region: '210102001',
    line: '和平区南京北街1号',
    postalCode: '110001',
  },
};
const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
/** The first error of an answer that must have one. */
const errorOf = (r: GqlResult) => present(r.errors?.[0], 'the error');
type Officers = { officers: { items: { id: string; username: string }[] } };
/** The id of `username` among `officers`. */
const idOf = ({ officers }: Officers, username: string) =>
  present(
    officers.items.find((o) => o.username === username),
    `officer ${username}`,
  ).id;
/** The history of a case as a test reads it: each event's action and, when selected, its detail. */
type History = { action: string; detail?: unknown }[];

describe('from intake to delivery through the API', () => {
  it('accepts, decides, issues, mails and delivers a case, recording each step', async () => {
    let c = await readyCase(officer, MAIL);
    expect(c.status).toBe('SUBMITTED');
    expect(c.missingDocumentKinds).toEqual([]);
    // Uploading and verifying took the case implicitly: the officer holds it.
    expect(present(c.assignee, 'the assignee').username).toBe('heping.officer');
    expect(c.availableActions).toEqual(
      expect.arrayContaining(['RELEASE', 'ACCEPT', 'NOT_ACCEPT', 'REQUEST_SUPPLEMENT', 'TRANSFER', 'WITHDRAW']),
    );
    expect(c.availableActions).not.toContain('CLAIM');
    c = await step(officer, 'acceptApplication', c.id);
    expect(c).toMatchObject({ status: 'ACCEPTED', assignee: { username: 'heping.officer' }, slaState: 'ON_TRACK' });
    expect(c.availableActions).toEqual(expect.arrayContaining(['DECIDE', 'START_INVESTIGATION', 'RELEASE']));
    expect(c.availableActions).not.toContain('ISSUE');
    c = await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
    expect(c).toMatchObject({ status: 'DECIDED', outcome: 'NO_RECORD', slaState: 'MET' });
    c = await step(officer, 'issueDocument', c.id);
    expect(c.status).toBe('ISSUED');
    expect(c.issuedDocument).toMatchObject({
      kind: 'NO_CRIMINAL_RECORD_CERTIFICATE',
      issuedBy: { username: 'heping.officer' },
    });
    expect(present(c.issuedDocument, 'the issued document').number).toMatch(/^210102-PCS1-\d{4}-\d{6}$/);
    const wrongCheck = await run(officer, 'recordMailing', c.id, {
      input: { carrier: 'EMS', trackingNumber: 'EA123456784CN' },
    });
    expect(wrongCheck.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.trackingNumber',
      reason: 'TRACKING_CHECK_DIGIT',
    });
    c = await step(officer, 'recordMailing', c.id, { input: { carrier: 'EMS', trackingNumber: 'ea123456785cn' } });
    expect(c).toMatchObject({
      status: 'MAILED',
      mailing: { carrier: 'EMS', trackingNumber: 'EA123456785CN', deliveredAt: null },
    });
    c = await step(officer, 'recordDelivery', c.id);
    expect(c.status).toBe('DELIVERED');
    expect(c.assignee).toBeNull();
    expect(present(c.mailing, 'the mailing').deliveredAt).not.toBeNull();
    const history = present(
      (
        await officer.data<{ application: { history: History } | null }>(
          'query($id: ID!) { application(id: $id) { history { action } } }',
          { id: c.id },
        )
      ).application,
      `case ${c.id}`,
    ).history;
    expect(history.map((h) => h.action).reverse()).toEqual([
      'APPLICATION_SUBMITTED',
      'UPLOAD_DOCUMENT',
      'UPLOAD_DOCUMENT',
      'VERIFY_DOCUMENTS',
      'VERIFY_DOCUMENTS',
      'ACCEPT',
      // The registry lookup asked at acceptance, answered before the decision.
      'RECORD_CHECK',
      // The officer's read of its answer (run waits for it before deciding), once in ten minutes.
      'VIEW_CRIMINAL_RECORD',
      'DECIDE',
      'ISSUE',
      'RECORD_MAILING',
      'RECORD_DELIVERY',
    ]);
  });

  it('delivers an electronic document at issue and a counter pickup when collected', async () => {
    const electronic = await acceptedCase(officer, { delivery: 'ELECTRONIC' });
    await step(officer, 'decideApplication', electronic.id, { outcome: 'NO_RECORD' });
    expect((await step(officer, 'issueDocument', electronic.id)).status).toBe('DELIVERED');
    const pickup = await acceptedCase(officer);
    await step(officer, 'decideApplication', pickup.id, { outcome: 'NO_RECORD' });
    const issued = await step(officer, 'issueDocument', pickup.id);
    expect(issued.availableActions).toContain('RECORD_DELIVERY');
    expect(issued.availableActions).not.toContain('RECORD_MAILING');
    expect(
      codeOf(
        await run(officer, 'recordMailing', pickup.id, { input: { carrier: 'EMS', trackingNumber: 'EA123456785CN' } }),
      ),
    ).toBe('INVALID_TRANSITION');
    expect((await step(officer, 'recordDelivery', pickup.id)).status).toBe('DELIVERED');
    const delivered = present(
      (
        await officer.data<{
          application: { status: string; deliveredAt: string | null; mailing: { carrier: string } | null } | null;
        }>(`query($id: ID!) { application(id: $id) { status deliveredAt mailing { carrier } } }`, {
          id: pickup.id,
        })
      ).application,
      `case ${pickup.id}`,
    );
    expect(delivered).toMatchObject({ status: 'DELIVERED', mailing: null });
    expect(delivered.deliveredAt).not.toBeNull();
  });
});

describe('the state machine', () => {
  it('refuses acceptance while a required document is not verified, listing it', async () => {
    const created = (
      await officer.data<{ submitApplication: { id: string } }>(
        `mutation($input: ApplicationInput!) { submitApplication(input: $input) { id } }`,
        { input: application() },
      )
    ).submitApplication;
    await upload(officer, created.id, 'ID_CARD_FRONT', PNG, 'front.png');
    const refused = await run(officer, 'acceptApplication', created.id);
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
    expect(errorOf(refused).message).toContain('ID_CARD_FRONT');
    expect(errorOf(refused).message).toContain('ID_CARD_BACK');
    expect((await getCase(officer, created.id)).availableActions).not.toContain('ACCEPT');
  });

  it('goes through supplements, investigation, sign-off and send-back, and refuses one wrong action in each status', async () => {
    const forbidden = async (id: string, mutation: string, args: Record<string, unknown>, status: string) => {
      const r = await run(officer, mutation, id, args);
      expect(codeOf(r), `${mutation} in ${status}`).toBe('INVALID_TRANSITION');
      expect(errorOf(r).message).toContain(status);
    };
    let c = await readyCase(officer);
    await forbidden(c.id, 'decideApplication', { outcome: 'NO_RECORD' }, 'SUBMITTED');
    c = await step(officer, 'requestSupplement', c.id, { reason: '请补充户口簿', kinds: ['OTHER'] });
    expect(c).toMatchObject({
      status: 'AWAITING_SUPPLEMENT',
      supplementRequest: { reason: '请补充户口簿', kinds: ['OTHER'], requestedBy: { username: 'heping.officer' } },
    });
    await forbidden(c.id, 'acceptApplication', {}, 'AWAITING_SUPPLEMENT');
    expect(c.statusReason).toBe('请补充户口簿');
    // Once received, the reason of the request no longer describes the case.
    expect(await step(officer, 'supplementReceived', c.id)).toMatchObject({ status: 'SUBMITTED', statusReason: null });
    c = await step(officer, 'acceptApplication', c.id);
    await forbidden(c.id, 'issueDocument', {}, 'ACCEPTED');
    c = await step(officer, 'requestSupplement', c.id, { reason: '照片不清', kinds: ['PHOTO'] });
    expect(c.slaState).toBe('PAUSED');
    expect((await step(officer, 'supplementReceived', c.id)).status).toBe('ACCEPTED');
    c = await step(officer, 'startInvestigation', c.id, { reason: '同名同生日记录需核查' });
    expect(c).toMatchObject({ status: 'UNDER_INVESTIGATION', slaState: 'PAUSED' });
    await forbidden(c.id, 'decideApplication', { outcome: 'NO_RECORD' }, 'UNDER_INVESTIGATION');
    expect(c.statusReason).toBe('同名同生日记录需核查');
    c = await step(officer, 'endInvestigation', c.id, { note: '已排除' });
    expect(c).toMatchObject({ status: 'ACCEPTED', statusReason: null });
    c = await step(officer, 'decideApplication', c.id, { outcome: 'RECORD_FOUND', note: '2015年判决' });
    expect(c).toMatchObject({ status: 'PENDING_SIGNOFF', decidedAt: null });
    await forbidden(c.id, 'issueDocument', {}, 'PENDING_SIGNOFF');
    expect(codeOf(await run(officer, 'signOffDecision', c.id, { approve: true }))).toBe('FORBIDDEN');
    expect(codeOf(await run(supervisor, 'signOffDecision', c.id, { approve: false }))).toBe('BAD_USER_INPUT');
    c = await step(supervisor, 'signOffDecision', c.id, { approve: false, note: '判决书信息不全，请补查' });
    expect(c).toMatchObject({
      status: 'ACCEPTED',
      outcome: null,
      statusReason: '判决书信息不全，请补查',
      returnedBy: { username: 'heping.supervisor' },
    });
    // The registry suggests no record for this subject: deciding otherwise needs the decider's reason.
    const overridden = await run(officer, 'decideApplication', c.id, { outcome: 'RECORD_FOUND' });
    expect(overridden.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
      reason: 'SUGGESTION_OVERRIDDEN',
    });
    c = await step(officer, 'decideApplication', c.id, { outcome: 'RECORD_FOUND', note: '补查到2015年判决书' });
    expect(c).toMatchObject({ status: 'PENDING_SIGNOFF', statusReason: null, returnedBy: null });
    c = await step(supervisor, 'signOffDecision', c.id, { approve: true });
    expect(c).toMatchObject({ status: 'DECIDED', outcome: 'RECORD_FOUND' });
    await forbidden(c.id, 'recordMailing', { input: { carrier: 'EMS', trackingNumber: 'EA123456785CN' } }, 'DECIDED');
    c = await step(officer, 'issueDocument', c.id);
    expect(present(c.issuedDocument, 'the issued document').kind).toBe('REFUSAL_NOTICE');
    await forbidden(c.id, 'withdrawApplication', { reason: 'x' }, 'ISSUED');
    c = await step(officer, 'recordDelivery', c.id);
    await forbidden(c.id, 'recordDelivery', {}, 'DELIVERED');
    c = await step(officer, 'openReview', c.id, { reason: '当事人称判决已撤销' });
    expect(c).toMatchObject({ status: 'UNDER_REVIEW', slaState: 'ON_TRACK' });
    await forbidden(c.id, 'issueDocument', {}, 'UNDER_REVIEW');
    c = await step(officer, 'closeReview', c.id, { outcome: 'RECORD_FOUND', note: '维持原查询结果' });
    expect(c.status).toBe('DELIVERED');
    const firstNumber = present(c.issuedDocument, 'the issued document').number;
    await step(officer, 'openReview', c.id, { reason: '再审撤销原判' });
    c = await step(officer, 'closeReview', c.id, { outcome: 'NO_RECORD', note: '原判决已被撤销' });
    expect(c).toMatchObject({ status: 'DECIDED', outcome: 'NO_RECORD', issuedDocument: null });
    c = await step(officer, 'issueDocument', c.id);
    const reissued = present(c.issuedDocument, 'the issued document');
    expect(reissued.kind).toBe('NO_CRIMINAL_RECORD_CERTIFICATE');
    expect(reissued.number).not.toBe(firstNumber);
  });

  it('closes cases as not accepted or withdrawn, and allows nothing after but reading', async () => {
    const notAccepted = await readyCase(officer);
    expect(codeOf(await run(officer, 'notAcceptApplication', notAccepted.id, { reason: '  ' }))).toBe('BAD_USER_INPUT');
    const closed = await step(officer, 'notAcceptApplication', notAccepted.id, { reason: '不属于本所受理范围' });
    expect(closed).toMatchObject({ status: 'NOT_ACCEPTED', statusReason: '不属于本所受理范围', assignee: null });
    expect(closed.availableActions).toEqual(['REVEAL_ID']);
    expect(codeOf(await run(officer, 'acceptApplication', notAccepted.id))).toBe('INVALID_TRANSITION');
    const decided = await acceptedCase(officer);
    await step(officer, 'decideApplication', decided.id, { outcome: 'NO_RECORD' });
    const withdrawn = await step(officer, 'withdrawApplication', decided.id, { reason: '申请人撤回' });
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(codeOf(await run(officer, 'supplementReceived', decided.id))).toBe('INVALID_TRANSITION');
  });

  it('transfers an open case to another office: free there, clock reset, out of the old scope', async () => {
    const c = await acceptedCase(officer);
    const officeId = await officeIds(admin);
    const shenhe = officeId('210103-PCS1');
    const bureau = officeId('210103');
    expect(
      (await run(officer, 'transferApplication', c.id, { officeId: bureau, reason: '户籍在沈河' })).errors?.[0]
        .extensions?.field,
    ).toBe('officeId');
    const moved = await step(officer, 'transferApplication', c.id, { officeId: shenhe, reason: '户籍在沈河' });
    expect(moved).toMatchObject({
      status: 'SUBMITTED',
      assignee: null,
      acceptedAt: null,
      dueAt: null,
      slaState: 'NOT_STARTED',
      office: { code: '210103-PCS1' },
    });
    expect(await findCase(officer, c.id)).toBeNull();
    const shenheOfficer = await app.as('shenhe.officer');
    expect((await getCase(shenheOfficer, c.id)).statusReason).toBe('户籍在沈河');
  });

  it('treats a decided juvenile record as sealed: a certificate for the person, a no-record letter for a unit', async () => {
    const person = await acceptedCase(officer);
    await step(officer, 'decideApplication', person.id, {
      outcome: 'SEALED_JUVENILE_RECORD',
      note: '未成年时判决，已封存',
    });
    await step(supervisor, 'signOffDecision', person.id, { approve: true });
    expect(present((await step(officer, 'issueDocument', person.id)).issuedDocument, 'the issued document').kind).toBe(
      'NO_CRIMINAL_RECORD_CERTIFICATE',
    );
    const shenheOfficer = await app.as('shenhe.officer');
    const unitCase = (
      await shenheOfficer.data<{ submitApplication: { id: string } }>(
        `mutation($input: ApplicationInput!) { submitApplication(input: $input) { id } }`,
        { input: application({ applicantKind: 'UNIT', unit: unit(SHENHE_1), purpose: 'EMPLOYMENT_SCREENING' }) },
      )
    ).submitApplication;
    for (const [kind, name] of [
      ['ID_CARD_FRONT', 'a.png'],
      ['ID_CARD_BACK', 'b.png'],
      ['BUSINESS_LICENSE', 'c.png'],
      ['SUBJECT_CONSENT', 'd.png'],
    ]) {
      expect((await upload(shenheOfficer, unitCase.id, kind, PNG, name)).status).toBe(201);
    }
    expect((await getCase(shenheOfficer, unitCase.id)).missingDocumentKinds).toHaveLength(5); // uploaded, not yet verified
    expect(codeOf(await run(shenheOfficer, 'acceptApplication', unitCase.id))).toBe('INVALID_TRANSITION');
    for (const d of (await getCase(shenheOfficer, unitCase.id)).documents) {
      await shenheOfficer.data('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { id } }', { id: d.id });
    }
    await step(shenheOfficer, 'acceptApplication', unitCase.id);
    await step(shenheOfficer, 'decideApplication', unitCase.id, {
      outcome: 'SEALED_JUVENILE_RECORD',
      note: '未成年时判决，已封存',
    });
    const shenheSupervisor = await app.as('shenhe.supervisor');
    await step(shenheSupervisor, 'signOffDecision', unitCase.id, { approve: true });
    expect(
      present((await step(shenheOfficer, 'issueDocument', unitCase.id)).issuedDocument, 'the issued document').kind,
    ).toBe('UNIT_RESULT_LETTER');
  });

  it('numbers result documents without gaps per office and year', async () => {
    const numbers: number[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await acceptedCase(officer);
      await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
      const issued = present((await step(officer, 'issueDocument', c.id)).issuedDocument, 'the issued document');
      numbers.push(Number(issued.number.slice(-6)));
    }
    expect(numbers).toEqual([numbers[0], numbers[0] + 1, numbers[0] + 2]);
  });

  it("charges the fee of the office's region: no issue until it is paid", async () => {
    expect(
      (
        await admin.data<{ setFeeRule: { amount: number } }>(
          'mutation { setFeeRule(regionPrefix: "2101", amount: 19.99) { amount } }',
        )
      ).setFeeRule.amount,
    ).toBe(19.99);
    await admin.data('mutation { setFeeRule(regionPrefix: "2101", amount: 0) { amount } }');
    await admin.data('mutation { setFeeRule(regionPrefix: "210102", amount: 20, note: "演示收费") { amount } }');
    try {
      const c = await acceptedCase(officer);
      expect(c.feeAmount).toBe(20);
      await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
      const unpaid = await run(officer, 'issueDocument', c.id);
      expect(unpaid.errors?.[0].message).toMatch(/fee/);
      const paid = await step(officer, 'recordFeePayment', c.id, { receiptNo: 'ZF20261127001' });
      expect(paid.feePaid).toBe(true);
      expect((await step(officer, 'issueDocument', c.id)).status).toBe('ISSUED');
    } finally {
      await admin.data('mutation { setFeeRule(regionPrefix: "210102", amount: 0) { amount } }');
    }
    expect((await admin.data<{ feeRules: unknown[] }>('{ feeRules { regionPrefix } }')).feeRules).toEqual([]);
    expect((await acceptedCase(officer)).feeAmount).toBe(0);
  });
});

describe('holding a case', () => {
  it('names the holder when another officer acts, lets a supervisor take over, and audits implicit claims', async () => {
    const c = await readyCase(officer); // held by heping.officer since the uploads
    const other = await app.as('heping.officer2');
    expect(await findCase(other, c.id)).toBeNull(); // the other station cannot even see it
    const bySupervisor = await run(supervisor, 'acceptApplication', c.id);
    expect(codeOf(bySupervisor)).toBe('CONFLICT');
    expect(errorOf(bySupervisor).message).toContain('heping.officer');
    const officers = await supervisor.data<Officers>('{ officers(perPage: 100) { items { id username } } }');
    const me = idOf(officers, 'heping.supervisor');
    const officer2 = idOf(officers, 'heping.officer2');
    expect(
      (await run(supervisor, 'assignApplication', c.id, { officerId: officer2 })).errors?.[0].extensions?.field,
    ).toBe('officerId');
    const above = idOf(
      await admin.data<Officers>('{ officers(perPage: 200) { items { id username } } }'),
      'city.supervisor',
    );
    expect((await run(supervisor, 'assignApplication', c.id, { officerId: above })).errors?.[0].extensions?.field).toBe(
      'officerId',
    );
    const taken = await step(supervisor, 'assignApplication', c.id, { officerId: me });
    expect(present(taken.assignee, 'the assignee').username).toBe('heping.supervisor');
    expect(codeOf(await run(officer, 'acceptApplication', c.id))).toBe('CONFLICT');
    await step(supervisor, 'releaseApplication', c.id);
    await step(officer, 'acceptApplication', c.id);
    const history = present(
      (
        await officer.data<{ application: { history: History } | null }>(
          'query($id: ID!) { application(id: $id) { history { action detail } } }',
          { id: c.id },
        )
      ).application,
      `case ${c.id}`,
    ).history;
    // The acceptance's registry lookup may be answered before this read or after it.
    expect(history.filter((h) => h.action !== 'RECORD_CHECK')[0]).toMatchObject({
      action: 'ACCEPT',
      detail: { implicitClaim: true },
    });
    expect(
      present(
        history.find((h) => h.action === 'ASSIGN'),
        'the ASSIGN event',
      ).detail,
    ).toMatchObject({ takeover: true });
  });

  it('assigns in bulk and refuses work to administrators', async () => {
    const a = await step(officer, 'releaseApplication', (await readyCase(officer)).id);
    const b = await step(officer, 'releaseApplication', (await readyCase(officer)).id);
    const target = idOf(
      await supervisor.data<Officers>('{ officers(perPage: 100) { items { id username } } }'),
      'heping.officer',
    );
    const changed = (
      await supervisor.data<{ assignApplications: { id: string; assignee: { username: string } | null }[] }>(
        'mutation($ids: [ID!]!, $o: ID!) { assignApplications(ids: $ids, officerId: $o) { id assignee { username } } }',
        {
          ids: [a.id, b.id],
          o: target,
        },
      )
    ).assignApplications;
    expect(changed.map((x) => present(x.assignee, `the assignee of ${x.id}`).username)).toEqual([
      'heping.officer',
      'heping.officer',
    ]);
    const again = (
      await supervisor.data<{ assignApplications: unknown[] }>(
        'mutation($ids: [ID!]!, $o: ID!) { assignApplications(ids: $ids, officerId: $o) { id } }',
        {
          ids: [a.id],
          o: target,
        },
      )
    ).assignApplications;
    expect(again).toEqual([]);
    // Whole-call refusals carry a reason code for the console to word.
    const nobody = await supervisor.gql(
      'mutation($ids: [ID!]!) { assignApplications(ids: $ids, officerId: "999999") { id } }',
      { ids: [a.id] },
    );
    expect(nobody.errors?.[0].extensions).toMatchObject({ field: 'officerId', reason: 'OFFICER_UNAVAILABLE' });
    const none = await supervisor.gql('mutation($o: ID!) { assignApplications(ids: [], officerId: $o) { id } }', {
      o: target,
    });
    expect(none.errors?.[0].extensions).toMatchObject({ field: 'ids', reason: 'IDS_EMPTY' });
    expect(codeOf(await run(admin, 'claimApplication', a.id))).toBe('FORBIDDEN');
    expect((await getCase(admin, a.id)).availableActions).toEqual(['REVEAL_ID']);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const c = await readyCase(officer);
    await step(officer, 'releaseApplication', c.id);
    const stale = await run(officer, 'claimApplication', c.id, {}, c.version);
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('lets exactly one of 20 simultaneous decisions through; the rest get CONFLICT', async () => {
    const c = await acceptedCase(officer);
    const free = await step(officer, 'releaseApplication', c.id);
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        run(i % 2 ? supervisor : officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' }, free.version),
      ),
    );
    expect(attempts.filter((r) => !r.errors)).toHaveLength(1);
    expect(attempts.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(19);
    const history = present(
      (
        await officer.data<{ application: { status: string; history: History } | null }>(
          'query($id: ID!) { application(id: $id) { status history { action } } }',
          { id: c.id },
        )
      ).application,
      `case ${c.id}`,
    );
    expect(history.status).toBe('DECIDED');
    expect(history.history.filter((h) => h.action === 'DECIDE')).toHaveLength(1);
  });
});

describe('mailing numbers', () => {
  it('checks EMS and China Post numbers by their S10 check digit and SF Express by length', async () => {
    const make = async () => {
      const c = await acceptedCase(officer, { ...MAIL, subject: citizen() });
      await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
      return step(officer, 'issueDocument', c.id);
    };
    const c = await make();
    for (const bad of ['EA12345678CN', 'EA123456780CN', '123456789012', 'RR123456785']) {
      const r = await run(officer, 'recordMailing', c.id, { input: { carrier: 'CHINA_POST', trackingNumber: bad } });
      expect(r.errors?.[0].extensions?.field, bad).toBe('input.trackingNumber');
    }
    expect(
      (await run(officer, 'recordMailing', c.id, { input: { carrier: 'SF_EXPRESS', trackingNumber: 'SF1234' } }))
        .errors?.[0].extensions,
    ).toMatchObject({
      field: 'input.trackingNumber',
      reason: 'TRACKING_SF_FORMAT',
      params: { min: 12, max: 15 },
    });
    expect(
      (
        await step(officer, 'recordMailing', c.id, {
          input: { carrier: 'CHINA_POST', trackingNumber: makeS10('RR', 47312482) },
        })
      ).status,
    ).toBe('MAILED');
    const sf = await make();
    expect(
      (
        await step(officer, 'recordMailing', sf.id, {
          input: { carrier: 'SF_EXPRESS', trackingNumber: '123456789012' },
        })
      ).mailing?.carrier,
    ).toBe('SF_EXPRESS');
  });
});

describe('bulk assignment case by case (assignEach)', () => {
  const ASSIGN_EACH =
    'mutation($ids: [ID!]!, $o: ID!) { assignEach(ids: $ids, officerId: $o) { id referenceNo assigned reason reasonCode } }';
  const submit = async (client: Client, region: string) =>
    (
      await client.data<{ submitApplication: { id: string; referenceNo: string } }>(
        'mutation($input: ApplicationInput!) { submitApplication(input: $input) { id referenceNo } }',
        { input: application({ subject: citizen({ domicileRegion: region, residenceRegion: region }) }) },
      )
    ).submitApplication;

  it('assigns what it can in a mixed selection and says per case why not the others', async () => {
    const target = idOf(
      await supervisor.data<Officers>('{ officers(perPage: 100) { items { id username } } }'),
      'heping.officer',
    );
    const free = await step(officer, 'releaseApplication', (await readyCase(officer)).id); // in scope, free
    const held = await readyCase(officer); // already with heping.officer since the uploads
    const closed = await step(officer, 'withdrawApplication', (await readyCase(officer)).id, { reason: '申请人撤回' });
    const otherStation = await submit(supervisor, '210102027'); // the second Heping station: in the supervisor's scope
    const outOfScope = await submit(officer, SHENHE_1); // a Shenhe station: outside the Heping supervisor's offices
    const before = await Promise.all([held, closed, otherStation].map((c) => getCase(supervisor, c.id)));
    const results = (
      await supervisor.data<{
        assignEach: {
          id: string;
          referenceNo: string | null;
          assigned: boolean;
          reason: string | null;
          reasonCode: string | null;
        }[];
      }>(ASSIGN_EACH, {
        ids: [free.id, outOfScope.id, held.id, closed.id, otherStation.id, free.id],
        o: target,
      })
    ).assignEach;
    expect(results).toEqual([
      { id: free.id, referenceNo: expect.any(String), assigned: true, reason: null, reasonCode: null },
      { id: outOfScope.id, referenceNo: null, assigned: false, reason: expect.any(String), reasonCode: 'NOT_FOUND' },
      {
        id: held.id,
        referenceNo: expect.any(String),
        assigned: false,
        reason: expect.stringContaining('already'),
        reasonCode: 'ALREADY_ASSIGNED',
      },
      {
        id: closed.id,
        referenceNo: expect.any(String),
        assigned: false,
        reason: expect.stringContaining('WITHDRAWN'),
        reasonCode: 'CASE_CLOSED',
      },
      {
        id: otherStation.id,
        referenceNo: otherStation.referenceNo,
        assigned: false,
        reason: expect.any(String),
        reasonCode: 'OFFICER_NOT_IN_OFFICE',
      },
    ]);
    expect(results[1].reason).not.toContain('Shenhe');
    // The assigned case changed and was audited; the others did not change.
    const assigned = present(
      (
        await supervisor.data<{ application: { assignee: { username: string } | null; history: History } | null }>(
          'query($id: ID!) { application(id: $id) { assignee { username } history { action detail } } }',
          { id: free.id },
        )
      ).application,
      `case ${free.id}`,
    );
    expect(present(assigned.assignee, 'the assignee').username).toBe('heping.officer');
    expect(assigned.history[0]).toMatchObject({ action: 'ASSIGN' });
    const after = await Promise.all([held, closed, otherStation].map((c) => getCase(supervisor, c.id)));
    expect(after.map((c) => c.version)).toEqual(before.map((c) => c.version));
    expect(after[2].assignee).toBeNull();
  });

  it('checks the role before any case, and the officer and the list as a whole', async () => {
    const c = await readyCase(officer);
    const officers = await admin.data<Officers>('{ officers(perPage: 200) { items { id username } } }');
    const id = (name: string) => idOf(officers, name);
    expect(codeOf(await officer.gql(ASSIGN_EACH, { ids: [c.id], o: id('heping.officer') }))).toBe('FORBIDDEN');
    expect(codeOf(await admin.gql(ASSIGN_EACH, { ids: [c.id], o: id('heping.officer') }))).toBe('FORBIDDEN');
    expect(
      (await supervisor.gql(ASSIGN_EACH, { ids: [], o: id('heping.officer') })).errors?.[0].extensions,
    ).toMatchObject({ field: 'ids' });
    expect((await supervisor.gql(ASSIGN_EACH, { ids: [c.id], o: id('admin') })).errors?.[0].extensions).toMatchObject({
      field: 'officerId',
    });
    expect(
      (await supervisor.gql(ASSIGN_EACH, { ids: [c.id], o: id('shenhe.officer') })).errors?.[0].extensions,
    ).toMatchObject({
      field: 'officerId',
    });
    expect((await getCase(officer, c.id)).version).toBe(c.version);
  });
});
