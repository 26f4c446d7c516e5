import { describe, expect, it } from 'vitest';
import {
  birthDateFromResidentId,
  creditCodeIssue,
  foreignPermanentResidenceCardIssue,
  genderFromResidentId,
  hmtTravelPermitIssue,
  makeCreditCode,
  makeForeignPermanentResidenceCard,
  makeResidentId,
  makeS10,
  maskIdNumber,
  maskPhone,
  mod112CheckChar,
  normalizeIdNumber,
  passportNumberIssue,
  residentIdIssue,
  s10TrackingIssue,
} from '../server/identifiers/identifiers';
import { isKnownRegion, regionIssue, regionName, townshipsOf } from '../server/identifiers/regions';
import { hasLink, maskIdNumbersInText, withoutLinks } from '../server/notifications/message-text';
import { present } from './support/narrow';

// The message of a check that refuses a value, or null when it takes it.
const messageOf =
  <T>(check: (value: T) => { message: string } | null) =>
  (value: T): string | null =>
    check(value)?.message ?? null;
const residentIdProblem = messageOf(residentIdIssue);
const foreignPermanentResidenceCardProblem = messageOf(foreignPermanentResidenceCardIssue);
const hmtTravelPermitProblem = messageOf(hmtTravelPermitIssue);
const passportNumberProblem = messageOf(passportNumberIssue);
const creditCodeProblem = messageOf(creditCodeIssue);
const regionProblem = messageOf(regionIssue);

describe('resident ID (GB 11643)', () => {
  const good = '11010519491231002X';

  it('accepts a valid number', () => {
    expect(residentIdProblem(good)).toBeNull();
    expect(mod112CheckChar(good.slice(0, 17))).toBe('X');
  });

  it('normalises lowercase x and whitespace', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe(good);
    expect(residentIdProblem(normalizeIdNumber('11010519491231002x'))).toBeNull();
  });

  it('says the check character is wrong without naming the right one', () => {
    expect(residentIdProblem('110105194912310021')).toBe('check character is wrong');
    expect(residentIdProblem('11010519491231002Y')).toMatch(/check character/);
  });

  it('rejects impossible, early and future birth dates', () => {
    expect(residentIdProblem('110105202302310021')).toBe('birth date 20230231 is not a real date');
    expect(residentIdProblem('110105189912310021')).toMatch(/before 1900/);
    expect(residentIdProblem('110105299912310021')).toMatch(/in the future/);
  });

  it('rejects wrong length and letters inside', () => {
    expect(residentIdProblem('11010519491231002')).toBe('must be 18 characters (got 17)');
    expect(residentIdProblem('')).toMatch(/18 characters/);
    expect(residentIdProblem('1101051949A231002X')).toBe("character 11 ('A') must be a digit");
  });

  it('reads birth date and gender', () => {
    expect(birthDateFromResidentId(good)).toBe('1949-12-31');
    expect(genderFromResidentId(good)).toBe('F'); // 17th digit 2
  });

  it('mod112CheckChar refuses anything but 17 digits', () => {
    expect(() => mod112CheckChar('123')).toThrow();
  });
});

describe('unified social credit code (GB 32100)', () => {
  it('accepts valid codes', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91110000600037341L')).toBeNull();
    // Second one computed with makeCreditCode('110108', 12345); check char cross-checked by a separate script.
    expect(creditCodeProblem('91110108000000CT7U')).toBeNull();
  });

  it('rejects a wrong check character without naming the right one', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check character is wrong');
  });

  it('rejects forbidden letters, bad length and a non-digit region', () => {
    expect(creditCodeProblem('91350100M000I00Y43')).toMatch(/character 13 \('I'\) is not allowed/);
    expect(creditCodeProblem('91350100M000100Y4')).toMatch(/18 characters/);
    expect(creditCodeProblem('913501A0M000100Y43')).toMatch(/region code/);
  });
});

describe('foreign permanent residence card (2023)', () => {
  it('accepts a generated card and checks the leading 9 and check char', () => {
    const card = makeForeignPermanentResidenceCard('840', 7);
    expect(card).toHaveLength(18);
    expect(card[0]).toBe('9');
    expect(foreignPermanentResidenceCardProblem(card)).toBeNull();
    const wrong = card.slice(0, 17) + (card[17] === '0' ? '1' : '0');
    expect(foreignPermanentResidenceCardProblem(wrong)).toBe('check character is wrong');
    expect(foreignPermanentResidenceCardProblem('11010519491231002X')).toMatch(/must start with 9/);
    expect(foreignPermanentResidenceCardProblem('9123')).toMatch(/18 characters/);
  });
});

describe('HMT permits', () => {
  it('accepts travel permits', () => {
    for (const id of ['H12345678', 'H1234567890', 'M12345678', '12345678', '1234567890']) {
      expect(hmtTravelPermitProblem(id), id).toBeNull();
    }
  });

  it('accepts residence permits with a valid check', () => {
    const hk = '810000' + '19900101' + '123';
    const permit = hk + mod112CheckChar(hk);
    expect(hmtTravelPermitProblem(permit)).toBeNull();
    const tw = '830000' + '19851231' + '002';
    expect(hmtTravelPermitProblem(tw + mod112CheckChar(tw))).toBeNull();
  });

  it('rejects malformed ones', () => {
    expect(hmtTravelPermitProblem('H1234567')).toMatch(/H or M followed by 8 or 10 digits/);
    expect(hmtTravelPermitProblem('X12345678')).not.toBeNull();
    expect(hmtTravelPermitProblem('123456789')).toMatch(/8 or 10 digits/);
    expect(hmtTravelPermitProblem('11010519491231002X')).toMatch(/810000, 820000 or 830000/);
    const hk = '810000' + '19900101' + '123';
    const bad = hk + (mod112CheckChar(hk) === '0' ? '1' : '0');
    expect(hmtTravelPermitProblem(bad)).toBe('check character is wrong');
  });
});

describe('passport numbers', () => {
  it('accepts 5-17 of A-Z0-9', () => {
    expect(passportNumberProblem('E12345678')).toBeNull();
    expect(passportNumberProblem('AB123')).toBeNull();
  });
  it('rejects the rest', () => {
    expect(passportNumberProblem('A123')).toMatch(/5 to 17/);
    expect(passportNumberProblem('A'.repeat(18))).toMatch(/5 to 17/);
    expect(passportNumberProblem('E1234-678')).toMatch(/'-'/);
    expect(passportNumberProblem('e12345678')).toMatch(/A-Z or 0-9/);
  });
});

const s10Problem = (n: string) => s10TrackingIssue(n)?.message ?? null;

describe('UPU S10', () => {
  it('checks the check digit', () => {
    expect(s10Problem('EA123456785CN')).toBeNull();
    expect(s10Problem('EA123456784CN')).toBe('check digit is wrong');
  });
  it('checks the shape', () => {
    expect(s10Problem('EA12345678CN')).toMatch(/13 characters/);
    expect(s10Problem('E1123456785CN')).toMatch(/2 uppercase letters/);
    expect(s10Problem('EA123456785C1')).toMatch(/country/);
  });
  it('generator round-trips, including the r=10 and r=11 cases', () => {
    expect(makeS10('EA', 12345678)).toBe('EA123456785CN');
    for (let serial = 0; serial < 500; serial++) {
      expect(s10Problem(makeS10('RR', serial * 199_999, 'US'))).toBeNull();
    }
  });
});

describe('masking', () => {
  it('masks each kind of document number, showing at most its last 4 characters', () => {
    // A resident ID number keeps its region prefix and check character; the birth date is shown beside it.
    expect(maskIdNumber('RESIDENT_ID_CARD', '21010219900101123X')).toBe('2101*************X');
    expect(maskIdNumber('PASSPORT', 'E10081981')).toBe('*****1981');
    expect(maskIdNumber('PASSPORT', 'E1234567')).toBe('****4567');
    expect(maskIdNumber('PASSPORT', 'G12345678901234')).toBe('***********1234');
    // Never more than half of a short one.
    expect(maskIdNumber('PASSPORT', 'AB123')).toBe('***23');
    expect(maskIdNumber('HMT_TRAVEL_PERMIT', 'H12345678')).toBe('*****5678');
    expect(maskIdNumber('HMT_TRAVEL_PERMIT', 'M1234567890')).toBe('*******7890');
    expect(maskIdNumber('HMT_TRAVEL_PERMIT', '30000123')).toBe('****0123');
    // Built on the birth date: only the check character.
    expect(maskIdNumber('HMT_TRAVEL_PERMIT', '810000199001011234')).toBe('*****************4');
    const card = makeForeignPermanentResidenceCard('840', 7);
    expect(maskIdNumber('FOREIGNER_PERMANENT_RESIDENCE_CARD', card)).toBe(`${'*'.repeat(17)}${card[17]}`);
  });

  it('masks phones', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('1234567')).toBe('*****67');
    expect(maskPhone('12')).toBe('**');
  });

  it('masks numbers in free text however they are typed, and leaves dates and short numbers', () => {
    expect(maskIdNumbersInText('身份证2101 0219 9001 0112 34有误')).toBe('身份证*****************4有误');
    expect(maskIdNumbersInText('号码２１０１０２１９９００１０１１２３Ｘ请核对')).toBe('号码*****************X请核对');
    expect(maskIdNumbersInText('证件2101-0219-9001-0112-3x')).toBe('证件*****************X');
    expect(maskIdNumbersInText('护照Ｅ１００８ １９８１已过期')).toBe('护照*****1981已过期');
    expect(maskIdNumbersInText('通行证H1234 5678')).toBe('通行证*****5678');
    expect(maskIdNumbersInText('请于2026-12-01 09:30前补交材料1、2、3')).toBe('请于2026-12-01 09:30前补交材料1、2、3');
    expect(maskIdNumbersInText('2015年判决，第12 34号')).toBe('2015年判决，第12 34号');
  });

  it('finds links written in ASCII or fullwidth, and leaves them out of a log', () => {
    for (const text of [
      '请访问 https://example.cn/a',
      'ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ',
      '补交至example。com',
      't.cn/AbC',
      '见192.168.0.1',
    ]) {
      expect(hasLink(text), text).toBe(true);
    }
    for (const text of ['照片不清晰', 'Mr.Wang 的授权委托书', 'No.5 文件', '请到窗口办理（地址：和平区南京北街1号）']) {
      expect(hasLink(text), text).toBe(false);
    }
    expect(withoutLinks('核验：http://localhost/verify?number=X1&code=ABC 谢谢')).toBe('核验：[link] 谢谢');
  });
});

describe('generators round-trip through validators', () => {
  it('makes 200 valid resident IDs whose birth date and gender read back', () => {
    const regions = ['110101', '210102', '310115', '440305', '500229', '650102'];
    for (let i = 0; i < 200; i++) {
      const region = regions[i % regions.length];
      const year = 1930 + ((i * 7) % 90);
      const month = 1 + ((i * 5) % 12);
      const day = 1 + ((i * 11) % 28);
      const birth = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const seq = (i * 37) % 1000;
      const id = makeResidentId(region, birth, seq);
      expect(residentIdProblem(id), id).toBeNull();
      expect(id.slice(0, 6)).toBe(region);
      expect(birthDateFromResidentId(id)).toBe(birth);
      expect(genderFromResidentId(id)).toBe(seq % 2 === 1 ? 'M' : 'F');
    }
  });

  it('covers leap days and the X check character', () => {
    expect(residentIdProblem(makeResidentId('210102', '2000-02-29', 1))).toBeNull();
    expect(makeResidentId('110105', '1949-12-31', 2)).toBe('11010519491231002X');
  });

  it('generators reject bad input', () => {
    expect(() => makeResidentId('21010', '1990-01-01', 1)).toThrow();
    expect(() => makeResidentId('210102', '1990-02-30', 1)).toThrow();
    expect(() => makeResidentId('210102', '1990-01-01', 1000)).toThrow();
    expect(() => makeS10('E1', 1)).toThrow();
  });

  it('makes valid credit codes and PR cards', () => {
    for (let i = 0; i < 100; i++) {
      const code = makeCreditCode('210102', i * 104_729);
      expect(code.startsWith('91210102')).toBe(true);
      expect(creditCodeProblem(code), code).toBeNull();
      const card = makeForeignPermanentResidenceCard('392', i * 13);
      expect(foreignPermanentResidenceCardProblem(card), card).toBeNull();
    }
  });
});

describe('regions (GB/T 2260)', () => {
  it('names county-level codes in full', () => {
    expect(regionName('210102')).toBe('辽宁省沈阳市和平区');
    expect(regionName('110101')).toBe('北京市东城区');
    expect(isKnownRegion('110101')).toBe(true);
    expect(regionName('429004')).toBe('湖北省仙桃市');
    expect(regionName('441900')).toBe('广东省东莞市');
  });

  it('names townships, cities and provinces', () => {
    expect(isKnownRegion('210102002')).toBe(true);
    expect(regionName('210102002')).toBe('辽宁省沈阳市和平区新华街道');
    expect(regionName('210100')).toBe('辽宁省沈阳市');
    expect(regionName('2101')).toBe('辽宁省沈阳市');
    expect(regionName('210000')).toBe('辽宁省');
    expect(regionName('21')).toBe('辽宁省');
  });

  it('knows Taiwan, Hong Kong and Macao', () => {
    expect(regionName('710000')).toBe('台湾省');
    expect(regionName('810000')).toBe('香港特别行政区');
    expect(regionName('820000')).toBe('澳门特别行政区');
    expect(regionProblem('810000')).toBeNull();
  });

  it('reports unknown and malformed codes', () => {
    expect(isKnownRegion('210199')).toBe(false);
    expect(regionName('210199')).toBeUndefined();
    expect(regionProblem('210199')).toBe('210199 is not a known region code');
    expect(regionProblem('abc')).toBe('must be a 6-digit (or 9-digit township) GB/T 2260 code');
    expect(regionProblem(null)).toBe('must be a 6-digit (or 9-digit township) GB/T 2260 code');
    expect(regionProblem('210102')).toBeNull();
    expect(isKnownRegion('2101')).toBe(false); // prefixes have names but are not region codes to store
  });

  it('lists townships of an area', () => {
    const list = townshipsOf('210103');
    expect(list.length).toBeGreaterThan(0);
    for (const t of list) {
      expect(t.code).toMatch(/^210103\d{3}$/);
      expect(t.name).not.toBe('');
    }
    expect(townshipsOf('210199')).toEqual([]);
  });
});

describe('reason codes of identifier problems (for the console to translate)', () => {
  const wrongCheck = (valid: string) => valid.slice(0, -1) + (valid.endsWith('0') ? '1' : '0');

  it('gives each problem a stable reason with its parameters beside the English message', () => {
    expect(residentIdIssue('2101021990')).toEqual({
      reason: 'ID_LENGTH',
      params: { expected: 18, actual: 10 },
      message: 'must be 18 characters (got 10)',
    });
    expect(residentIdIssue('2101A2199001010011')).toMatchObject({
      reason: 'ID_NOT_DIGIT',
      params: { position: 5, char: 'A' },
    });
    expect(residentIdIssue('21010219900231001X')).toMatchObject({
      reason: 'ID_BIRTH_DATE_INVALID',
      params: { date: '19900231' },
    });
    expect(residentIdIssue('21010218890101001X')).toMatchObject({ reason: 'ID_BIRTH_DATE_BEFORE_1900' });
    expect(residentIdIssue('21010230000101001X')).toMatchObject({ reason: 'ID_BIRTH_DATE_FUTURE' });
    expect(residentIdIssue('11010519491231002Y')).toMatchObject({
      reason: 'ID_CHECK_CHARACTER_FORMAT',
      params: { char: 'Y' },
    });
    expect(residentIdIssue('110105194912310021')).toEqual({
      reason: 'ID_CHECK_CHARACTER',
      params: {},
      message: 'check character is wrong',
    });
    expect(foreignPermanentResidenceCardIssue('811156198001010013')).toMatchObject({ reason: 'ID_FOREIGN_PR_PREFIX' });
    expect(hmtTravelPermitIssue('')).toMatchObject({ reason: 'ID_EMPTY' });
    expect(hmtTravelPermitIssue('H123')).toMatchObject({ reason: 'ID_HM_PERMIT_FORMAT' });
    expect(hmtTravelPermitIssue('123456199001010011')).toMatchObject({ reason: 'ID_HMT_RESIDENCE_PREFIX' });
    expect(hmtTravelPermitIssue('1234567')).toMatchObject({ reason: 'ID_TW_PERMIT_LENGTH', params: { actual: 7 } });
    expect(hmtTravelPermitIssue('X1234')).toMatchObject({ reason: 'ID_HMT_FORMAT' });
    expect(passportNumberIssue('E12')).toMatchObject({
      reason: 'ID_LENGTH_RANGE',
      params: { min: 5, max: 17, actual: 3 },
    });
    expect(passportNumberIssue('E12-45')).toMatchObject({
      reason: 'ID_PASSPORT_CHARACTER',
      params: { position: 4, char: '-' },
    });
    expect(creditCodeIssue('91350100M000100YI4')).toMatchObject({
      reason: 'CREDIT_CODE_CHARACTER',
      params: { position: 17, char: 'I' },
    });
    expect(creditCodeIssue('913501A0M000100Y43')).toMatchObject({
      reason: 'CREDIT_CODE_REGION',
      params: { position: 7, char: 'A' },
    });
    expect(creditCodeIssue('91350100M000100Y44')).toMatchObject({ reason: 'ID_CHECK_CHARACTER' });
    expect(s10TrackingIssue('EA12345678CN')).toMatchObject({
      reason: 'ID_LENGTH',
      params: { expected: 13, actual: 12 },
    });
    expect(s10TrackingIssue('1A123456785CN')).toMatchObject({ reason: 'TRACKING_PREFIX' });
    expect(s10TrackingIssue('EA12345678XCN')).toMatchObject({ reason: 'TRACKING_DIGITS' });
    expect(s10TrackingIssue('EA1234567851N')).toMatchObject({ reason: 'TRACKING_COUNTRY' });
    expect(s10TrackingIssue('EA123456784CN')).toEqual({
      reason: 'TRACKING_CHECK_DIGIT',
      params: {},
      message: 'check digit is wrong',
    });
    expect(regionIssue('2101')).toMatchObject({ reason: 'REGION_FORMAT' });
    expect(regionIssue('210199001')).toMatchObject({ reason: 'REGION_UNKNOWN', params: { code: '210199001' } });
    expect(regionIssue('210102001')).toBeNull();
  });

  it('never tells the correct check character or digit, in the message or the parameters', () => {
    const cases: [(s: string) => { message: string; params: object } | null, string, string][] = [];
    for (let seq = 0; seq < 40; seq++) {
      const id = makeResidentId('210102', '1990-01-01', seq);
      cases.push([residentIdIssue, wrongCheck(id), id.slice(-1)]);
      const card = makeForeignPermanentResidenceCard('156', seq);
      cases.push([foreignPermanentResidenceCardIssue, wrongCheck(card), card.slice(-1)]);
      const code = makeCreditCode('210102', seq * 7919);
      cases.push([creditCodeIssue, wrongCheck(code), code.slice(-1)]);
      const s10 = makeS10('EA', seq * 104729);
      const wrongS10 = s10.slice(0, 10) + (s10[10] === '0' ? '1' : '0') + s10.slice(11);
      cases.push([s10TrackingIssue, wrongS10, s10[10]]);
    }
    for (const [check, wrong, right] of cases) {
      const found = check(wrong);
      expect(found, wrong).not.toBeNull();
      const issue = present(found, `the issue of ${wrong}`);
      expect(issue.message, wrong).toMatch(/^check (character|digit) is wrong$/);
      expect(JSON.stringify(issue.params), wrong).not.toContain(right);
      expect(issue.message).not.toMatch(/should be/);
    }
  });
});
