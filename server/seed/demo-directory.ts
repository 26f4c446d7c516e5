import { ApplicantKind, OfficeKind, RegionBasis, Role, SubjectCategory } from '../core/enums';
import { regionName, townshipsOf } from '../identifiers/regions';

// The demo city: Shenyang's bureau, its exit-entry administration, six district branch bureaus
// with two police stations each (their patches are the districts' real townships), one service
// hall, and the officers and routing rules that go with them.

export interface OfficeSeed {
  code: string;
  name: string;
  kind: OfficeKind;
  jurisdiction: string[];
  parentCode: string | null;
  address: string;
  phone: string;
}
export interface OfficerSeed {
  username: string;
  displayName: string;
  role: Role;
  officeCode: string;
}

export const DEMO_PASSWORD = 'demo1234demo';

const DISTRICTS = [
  { code: '210102', short: '和平', key: 'heping' },
  { code: '210103', short: '沈河', key: 'shenhe' },
  { code: '210104', short: '大东', key: 'dadong' },
  { code: '210105', short: '皇姑', key: 'huanggu' },
  { code: '210106', short: '铁西', key: 'tiexi' },
  { code: '210112', short: '浑南', key: 'hunnan' },
];

export const CITY_BUREAU = '210100';
export const EXIT_ENTRY = '210100-CRJ';
export const SERVICE_HALL = '210106-ZWFW';

const stationName = (township: string) => `${township.replace(/(街道|镇|乡)$/, '')}派出所`;

export function demoOffices(): OfficeSeed[] {
  const offices: OfficeSeed[] = [
    {
      code: CITY_BUREAU,
      name: '沈阳市公安局',
      kind: OfficeKind.BUREAU,
      jurisdiction: ['2101'],
      parentCode: null,
      address: '沈阳市和平区南京南街206号',
      phone: '024-22838110',
    },
    {
      code: EXIT_ENTRY,
      name: '沈阳市公安局出入境管理局',
      kind: OfficeKind.EXIT_ENTRY,
      jurisdiction: ['2101'],
      parentCode: CITY_BUREAU,
      address: '沈阳市沈河区市府大路288号',
      phone: '024-22539000',
    },
  ];
  for (const d of DISTRICTS) {
    offices.push({
      code: d.code,
      name: `沈阳市公安局${d.short}分局`,
      kind: OfficeKind.BUREAU,
      jurisdiction: [d.code],
      parentCode: CITY_BUREAU,
      address: `沈阳市${d.short}区`,
      phone: '024-110',
    });
    // Two stations a district; each takes half of the district's townships.
    const townships = townshipsOf(d.code);
    const half = Math.ceil(townships.length / 2);
    [townships.slice(0, half), townships.slice(half)].forEach((patch, i) => {
      offices.push({
        code: `${d.code}-PCS${i + 1}`,
        name: `${d.short}分局${stationName(patch[0].name)}`,
        kind: OfficeKind.POLICE_STATION,
        jurisdiction: patch.map((t) => t.code),
        parentCode: d.code,
        address: `沈阳市${d.short}区${patch[0].name}`,
        phone: '024-110',
      });
    });
  }
  offices.push({
    code: SERVICE_HALL,
    name: '铁西区政务服务中心公安窗口',
    kind: OfficeKind.SERVICE_HALL,
    jurisdiction: ['210106'],
    parentCode: '210106',
    address: '沈阳市铁西区北二中路',
    phone: '024-12345',
  });
  return offices;
}

export function demoOfficers(): OfficerSeed[] {
  const officers: OfficerSeed[] = [
    { username: 'admin', displayName: '系统管理员', role: Role.ADMIN, officeCode: CITY_BUREAU },
    { username: 'city.supervisor', displayName: '市局审核科 赵主任', role: Role.SUPERVISOR, officeCode: CITY_BUREAU },
    { username: 'exit.officer', displayName: '出入境 孙警官', role: Role.EXIT_ENTRY_OFFICER, officeCode: EXIT_ENTRY },
    { username: 'exit.officer2', displayName: '出入境 周警官', role: Role.EXIT_ENTRY_OFFICER, officeCode: EXIT_ENTRY },
    { username: 'hall.officer', displayName: '政务窗口 吴警官', role: Role.STATION_OFFICER, officeCode: SERVICE_HALL },
  ];
  const surnames = '王李张刘陈杨';
  DISTRICTS.forEach((d, i) => {
    officers.push({
      username: `${d.key}.supervisor`,
      displayName: `${d.short}分局 ${surnames[i]}科长`,
      role: Role.SUPERVISOR,
      officeCode: d.code,
    });
    officers.push({
      username: `${d.key}.officer`,
      displayName: `${d.short}民警 ${surnames[(i + 1) % 6]}警官`,
      role: Role.STATION_OFFICER,
      officeCode: `${d.code}-PCS1`,
    });
    officers.push({
      username: `${d.key}.officer2`,
      displayName: `${d.short}民警 ${surnames[(i + 2) % 6]}警官`,
      role: Role.STATION_OFFICER,
      officeCode: `${d.code}-PCS2`,
    });
  });
  return officers;
}

export interface RuleSeed {
  name: string;
  priority: number;
  applicantKind: ApplicantKind | null;
  subjectCategory: SubjectCategory | null;
  regionBasis: RegionBasis;
  regionPrefix?: string;
  minDaysInChina?: number;
  targetOfficeKind?: OfficeKind;
  targetOfficeCode?: string;
  legalBasis: string;
}

const ART5 = '《公安机关办理犯罪记录查询工作规定》第五条';

/** Article 5 as rules, plus one locally added accepting unit limited to one district. */
export function demoRules(): RuleSeed[] {
  return [
    {
      name: '铁西区政务服务中心窗口受理本区居住的公民申请',
      priority: 10,
      applicantKind: ApplicantKind.INDIVIDUAL,
      subjectCategory: SubjectCategory.CITIZEN,
      regionBasis: RegionBasis.RESIDENCE,
      regionPrefix: '210106',
      targetOfficeCode: SERVICE_HALL,
      legalBasis: `${ART5}；地方增设受理单位（${regionName('210106')}）`,
    },
    {
      name: '中国公民本人或委托：户籍地派出所',
      priority: 20,
      applicantKind: ApplicantKind.INDIVIDUAL,
      subjectCategory: SubjectCategory.CITIZEN,
      regionBasis: RegionBasis.DOMICILE,
      targetOfficeKind: OfficeKind.POLICE_STATION,
      legalBasis: `${ART5}第一款：户籍地或居住地派出所`,
    },
    {
      name: '中国公民本人或委托：居住地派出所',
      priority: 30,
      applicantKind: ApplicantKind.INDIVIDUAL,
      subjectCategory: SubjectCategory.CITIZEN,
      regionBasis: RegionBasis.RESIDENCE,
      targetOfficeKind: OfficeKind.POLICE_STATION,
      legalBasis: `${ART5}第一款：户籍地或居住地派出所`,
    },
    {
      name: '港澳台居民：居住地派出所',
      priority: 40,
      applicantKind: ApplicantKind.INDIVIDUAL,
      subjectCategory: SubjectCategory.HMT_RESIDENT,
      regionBasis: RegionBasis.RESIDENCE,
      targetOfficeKind: OfficeKind.POLICE_STATION,
      legalBasis: `${ART5}第二款：居住地派出所`,
    },
    {
      name: '外国人（在华满180日）：居住地县级以上出入境管理部门',
      priority: 50,
      applicantKind: ApplicantKind.INDIVIDUAL,
      subjectCategory: SubjectCategory.FOREIGNER,
      regionBasis: RegionBasis.RESIDENCE,
      minDaysInChina: 180,
      targetOfficeKind: OfficeKind.EXIT_ENTRY,
      legalBasis: `${ART5}第三款：居住地县级以上出入境管理部门`,
    },
    {
      name: '单位查询外国人：单位所在地出入境管理部门',
      priority: 60,
      applicantKind: ApplicantKind.UNIT,
      subjectCategory: SubjectCategory.FOREIGNER,
      regionBasis: RegionBasis.UNIT_LOCATION,
      minDaysInChina: 180,
      targetOfficeKind: OfficeKind.EXIT_ENTRY,
      legalBasis: `${ART5}第四款：单位所在地县级以上出入境管理部门`,
    },
    {
      name: '单位查询中国公民：单位所在地派出所',
      priority: 70,
      applicantKind: ApplicantKind.UNIT,
      subjectCategory: SubjectCategory.CITIZEN,
      regionBasis: RegionBasis.UNIT_LOCATION,
      targetOfficeKind: OfficeKind.POLICE_STATION,
      legalBasis: `${ART5}第四款：单位所在地派出所`,
    },
    {
      name: '单位查询港澳台居民：单位所在地派出所',
      priority: 75,
      applicantKind: ApplicantKind.UNIT,
      subjectCategory: SubjectCategory.HMT_RESIDENT,
      regionBasis: RegionBasis.UNIT_LOCATION,
      targetOfficeKind: OfficeKind.POLICE_STATION,
      legalBasis: `${ART5}第四款：单位所在地派出所`,
    },
  ];
}
