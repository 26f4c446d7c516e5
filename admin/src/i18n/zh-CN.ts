import chineseMessages from '@haxqer/ra-language-chinese';

const ra = chineseMessages.ra;

// Simplified Chinese: the default language of the console. The community catalogue predates
// react-admin 5, so the keys it lacks are added here.
export const zhCN = {
  ...chineseMessages,
  ra: {
    ...ra,
    action: { ...ra.action, reset: '重置', search_columns: '搜索列', select_all_button: '全选' },
    page: { ...ra.page, access_denied: '无权访问', authentication_error: '认证错误' },
    message: {
      ...ra.message, access_denied: '您没有访问此页面的权限', authentication_error: '认证服务器返回错误，无法核验您的身份。',
      select_all_limit_reached: '数据过多，仅选中了前 %{max} 项。', placeholder_data_warning: '网络问题：数据刷新失败。',
    },
    navigation: { ...ra.navigation, clear_filters: '清除筛选', no_filtered_results: '当前筛选条件下没有%{name}。' },
    auth: { ...ra.auth, email: '电子邮箱' },
    notification: { ...ra.notification, offline: '网络未连接，无法获取数据。' },
    validation: { ...ra.validation, unique: '不能重复' },
    guesser: { empty: { title: '暂无数据', message: '请检查数据源' } },
  },
  resources: {
    applications: {
      name: '申请 |||| 申请',
      fields: {
        referenceNo: '受理编号', status: '状态', subject: '当事人', 'subject.name': '姓名', 'subject.idNumberMasked': '证件号码',
        'subject.category': '人员类别', applicantKind: '申请类型', purpose: '用途', office: '受理单位', assignee: '承办人',
        dueAt: '办理时限', submittedAt: '提交时间', delivery: '领取方式', slaState: '时限状态', channel: '渠道',
        subjectCategory: '人员类别', submittedFrom: '提交时间起', submittedTo: '提交时间止', officeId: '受理单位',
      },
    },
    offices: {
      name: '单位 |||| 单位',
      fields: { code: '代码', name: '名称', kind: '类型', jurisdiction: '管辖区划代码', parent: '上级单位', 'parent.id': '上级单位', address: '地址', phone: '电话' },
    },
    officers: {
      name: '民警 |||| 民警',
      fields: { username: '用户名', displayName: '姓名', role: '角色', office: '所属单位', 'office.id': '所属单位', active: '在岗', password: '密码（至少12位）' },
    },
    routingRules: {
      name: '分派规则 |||| 分派规则',
      fields: {
        name: '名称', priority: '优先级', enabled: '启用', applicantKind: '申请类型', subjectCategory: '人员类别',
        entrusted: '委托办理', regionBasis: '地域依据', regionPrefix: '区划前缀', minDaysInChina: '最少在华天数',
        targetOfficeKind: '目标单位类型', targetOffice: '指定单位', 'targetOffice.id': '指定单位', legalBasis: '法律依据', version: '版本',
      },
    },
  },
  enums: {
    ApplicationStatus: {
      SUBMITTED: '待受理', AWAITING_SUPPLEMENT: '待补正', ACCEPTED: '已受理', UNDER_INVESTIGATION: '核查中',
      PENDING_SIGNOFF: '待审批', DECIDED: '已决定', ISSUED: '已出具', MAILED: '已寄出', DELIVERED: '已送达',
      NOT_ACCEPTED: '不予受理', WITHDRAWN: '已撤回', UNDER_REVIEW: '复核中',
    },
    SubjectCategory: { CITIZEN: '中国公民', HMT_RESIDENT: '港澳台居民', FOREIGNER: '外国人' },
    ApplicantKind: { INDIVIDUAL: '个人', UNIT: '单位' },
    Purpose: {
      GO_ABROAD: '出国（境）', QUALIFICATION: '资格准入', FURTHER_STUDY: '升学进修', ENLISTMENT: '应征入伍',
      SENSITIVE_POST: '特殊岗位', EMPLOYMENT_SCREENING: '入职审查', OTHER: '其他',
    },
    DeliveryMethod: { MAIL: '邮寄', COUNTER_PICKUP: '窗口领取', ELECTRONIC: '电子证明' },
    SlaState: { NOT_STARTED: '未计时', ON_TRACK: '正常', DUE_SOON: '即将到期', OVERDUE: '已超期', PAUSED: '暂停计时', MET: '按时办结', BREACHED: '超期办结' },
    Outcome: { NO_RECORD: '无犯罪记录', RECORD_FOUND: '有犯罪记录', SEALED_JUVENILE_RECORD: '未成年人犯罪记录封存' },
    DocumentKind: {
      APPLICATION_FORM: '申请表', ID_CARD_FRONT: '身份证人像面', ID_CARD_BACK: '身份证国徽面', PHOTO: '照片', PASSPORT: '护照',
      RESIDENCE_PERMIT: '居留许可', HMT_TRAVEL_PERMIT: '往来内地通行证', POWER_OF_ATTORNEY: '授权委托书', AGENT_ID: '受托人身份证',
      UNIT_LETTER: '单位介绍信', BUSINESS_LICENSE: '营业执照', SUBJECT_CONSENT: '本人同意书', OTHER: '其他材料',
    },
    DocumentStatus: { PENDING: '待核验', VERIFIED: '已核验', REJECTED: '已退回' },
    Role: { STATION_OFFICER: '派出所民警', EXIT_ENTRY_OFFICER: '出入境民警', SUPERVISOR: '审批领导', ADMIN: '系统管理员' },
    OfficeKind: { POLICE_STATION: '派出所', EXIT_ENTRY: '出入境管理部门', SERVICE_HALL: '政务服务窗口', BUREAU: '公安局（分局）' },
    IdType: { RESIDENT_ID_CARD: '居民身份证', HMT_TRAVEL_PERMIT: '往来内地通行证', PASSPORT: '护照', FOREIGNER_PERMANENT_RESIDENCE_CARD: '外国人永久居留身份证' },
    RegionBasis: { DOMICILE: '户籍地', RESIDENCE: '居住地', UNIT_LOCATION: '单位所在地' },
    Carrier: { EMS: 'EMS', CHINA_POST: '中国邮政', SF_EXPRESS: '顺丰速运', OTHER: '其他' },
    Channel: { ONLINE: '网上办理', COUNTER: '窗口办理' },
    IssuedDocumentKind: { NO_CRIMINAL_RECORD_CERTIFICATE: '无犯罪记录证明', REFUSAL_NOTICE: '不予出具告知书', UNIT_RESULT_LETTER: '查询结果告知函' },
    CaseAction: {
      CLAIM: '认领', RELEASE: '释放', ASSIGN: '指派', ACCEPT: '受理', NOT_ACCEPT: '不予受理', REQUEST_SUPPLEMENT: '要求补正',
      SUPPLEMENT_RECEIVED: '补正已收到', VERIFY_DOCUMENTS: '核验材料', START_INVESTIGATION: '开始核查', END_INVESTIGATION: '结束核查',
      DECIDE: '作出决定', SIGN_OFF: '审批', RECORD_FEE_PAYMENT: '登记缴费', ISSUE: '出具文书', RECORD_MAILING: '登记邮寄',
      RECORD_DELIVERY: '登记送达', TRANSFER: '移送', WITHDRAW: '撤回', OPEN_REVIEW: '受理复核', CLOSE_REVIEW: '复核办结',
      REVEAL_ID: '查看完整证件号', UPLOAD_DOCUMENT: '上传材料',
      APPLICATION_SUBMITTED: '提交申请', DOCUMENT_DOWNLOADED: '查看材料', ISSUED_DOCUMENT_RENDERED: '生成文书文件', ISSUED_DOCUMENT_DOWNLOADED: '下载文书', ID_NUMBER_REVEALED: '查看完整证件号',
    },
  },
  app: {
    title: '无犯罪记录证明办理平台',
    auth: { wrong_credentials: '用户名或密码错误，或账号已停用', login_failed: '登录失败，请稍后再试', sign_in: '请登录', session_ended: '登录已过期，请重新登录' },
    language: '语言',
    queue: {
      all: '全部', mine: '我的', unassigned: '未认领', overdue: '已超期', due_soon: '即将到期', documents_waiting: '材料待核验',
      search: '受理编号或姓名', quick: '快速筛选', refreshed: '每30秒自动刷新', keys: '快捷键：j / k 上下移动，Enter 打开',
      bulk_assign: '批量指派', assign_to: '指派给', assigned: '已指派 %{count} 件',
    },
    case: {
      details: '基本信息', history: '办理记录', documents: '申请材料', subject: '当事人', agent: '受托人', unit: '查询单位',
      purpose: '用途', delivery: '领取方式', routing: '分派依据', clock: '办理时限', accepted_at: '受理时间', due_at: '截止时间',
      elapsed: '已用工作日', decision: '办理结果', issued: '出具文书', mailing: '邮寄信息', fee: '费用', fee_paid: '已缴费',
      fee_free: '免费', supplement: '补正要求', reason: '原因', note: '备注', outcome: '查询结果', kinds: '需补正的材料',
      officer: '承办民警', office: '移送至', tracking: '运单号', carrier: '承运方', receipt: '缴费票据号', delivered_at: '送达时间',
      approve: '批准', send_back: '退回重办', download_pdf: '下载/打印文书', reveal: '查看完整证件号', reveal_reason: '查看理由（将记录在案）',
      revealed: '完整证件号：%{number}', conflict: '该申请已被他人修改，已为您刷新', done: '已%{action}', no_actions: '当前无可办理的操作',
      held_by: '承办人', time: '时间', action: '操作', none: '无', status_reason: '状态说明', verify: '核验通过', reject: '退回', reject_note: '退回原因',
      previous: '上一份', next: '下一份', zoom_in: '放大', zoom_out: '缩小', rotate: '旋转', no_documents: '暂无材料',
      missing: '尚未核验：%{kinds}', verification_code: '验证码', tracking_invalid: '运单号校验位不正确', upload: '上传材料',
      uploaded: '材料已上传', document_keys: '快捷键：[ ] 切换材料，v 核验通过',
    },
    intake: {
      title: '窗口受理登记', subject: '当事人信息', agent: '受托人（委托办理时填写）', unit: '查询单位（单位查询时填写）',
      mailing: '邮寄地址', check_routing: '检查分派', routing_result: '分派结果', not_accepted: '不予受理：%{reason}',
      submitted: '已登记，受理编号 %{referenceNo}', upload_title: '上传扫描件', id_invalid: '证件号码不正确：%{problem}',
      preferred_basis: '申请地', entrusted: '委托他人办理', finish: '完成',
      nationality: '国籍', phone: '电话', credit_code: '统一社会信用代码', contact: '联系人', destination: '前往国家（地区）',
      recipient: '收件人', region: '区划代码', address: '详细地址', postcode: '邮编', region_hint: '行政区划代码，如 210102001',
      days_in_china: '在华停留天数', id_type: '证件类型',
    },
    routing: { simulator: '分派模拟', simulate: '模拟分派', trace: '规则匹配过程', matched: '匹配', not_matched: '未匹配' },
    calendar: { title: '工作日历', workday: '工作日', holiday: '休息日', toggle: '点击切换工作日/休息日', saved: '%{date} 已设为%{kind}' },
    export: { progress: '已导出 %{done} / %{total} 行' },
    reports: {
      title: '工作量统计', from: '开始日期', to: '结束日期', group_by: '分组', office: '按单位', officer: '按民警', day: '按日',
      received: '收件', accepted: '受理', decided: '办结', issued: '出具', mailed: '寄出', open_now: '在办', overdue_now: '超期',
      sla_met: '按时办结率', median_days: '办结用时中位数（工作日）', total: '合计', time_in_status: '各状态停留时间（工作日）',
      status: '状态', count: '件数', average: '平均', p90: '90% 分位', run: '查询',
    },
    dashboard_supervisor: {
      open: '在办案件', overdue: '已超期', due_today: '今日到期', decided_week: '本周办结', met_month: '本月按时办结率',
      trend: '近30日收件与办结', per_office: '本月各单位工作量', attention: '超期及即将到期案件',
    },
    dashboard: { welcome: '欢迎，%{name}', my_open: '我承办的案件', due_soon: '即将到期', pending_signoff: '待审批', open_queue: '打开队列' },
  },
};
