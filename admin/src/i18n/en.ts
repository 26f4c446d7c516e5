import englishMessages from 'ra-language-english';

// English: every key of zh-CN.ts, in the same shape.
export const en = {
  ...englishMessages,
  resources: {
    applications: {
      name: 'Application |||| Applications',
      fields: {
        referenceNo: 'Reference', status: 'Status', subject: 'Subject', 'subject.name': 'Name', 'subject.idNumberMasked': 'ID number',
        'subject.category': 'Category', applicantKind: 'Applicant', purpose: 'Purpose', office: 'Office', assignee: 'Assignee',
        dueAt: 'Due', submittedAt: 'Submitted', delivery: 'Delivery', slaState: 'Time limit', channel: 'Channel',
        subjectCategory: 'Category', submittedFrom: 'Submitted from', submittedTo: 'Submitted to', officeId: 'Office',
      },
    },
    offices: {
      name: 'Office |||| Offices',
      fields: { code: 'Code', name: 'Name', kind: 'Kind', jurisdiction: 'Jurisdiction codes', parent: 'Parent', 'parent.id': 'Parent', address: 'Address', phone: 'Phone' },
    },
    officers: {
      name: 'Officer |||| Officers',
      fields: { username: 'Username', displayName: 'Name', role: 'Role', office: 'Office', 'office.id': 'Office', active: 'Active', password: 'Password (12+ characters)' },
    },
    routingRules: {
      name: 'Routing rule |||| Routing rules',
      fields: {
        name: 'Name', priority: 'Priority', enabled: 'Enabled', applicantKind: 'Applicant', subjectCategory: 'Subject category',
        entrusted: 'Entrusted', regionBasis: 'Region basis', regionPrefix: 'Region prefix', minDaysInChina: 'Min. days in China',
        targetOfficeKind: 'Target office kind', targetOffice: 'Fixed office', 'targetOffice.id': 'Fixed office', legalBasis: 'Legal basis', version: 'Version',
      },
    },
  },
  enums: {
    ApplicationStatus: {
      SUBMITTED: 'Submitted', AWAITING_SUPPLEMENT: 'Awaiting supplement', ACCEPTED: 'Accepted', UNDER_INVESTIGATION: 'Under investigation',
      PENDING_SIGNOFF: 'Pending sign-off', DECIDED: 'Decided', ISSUED: 'Issued', MAILED: 'Mailed', DELIVERED: 'Delivered',
      NOT_ACCEPTED: 'Not accepted', WITHDRAWN: 'Withdrawn', UNDER_REVIEW: 'Under review',
    },
    SubjectCategory: { CITIZEN: 'Chinese citizen', HMT_RESIDENT: 'HK/Macao/Taiwan resident', FOREIGNER: 'Foreigner' },
    ApplicantKind: { INDIVIDUAL: 'Individual', UNIT: 'Unit' },
    Purpose: {
      GO_ABROAD: 'Going abroad', QUALIFICATION: 'Qualification', FURTHER_STUDY: 'Further study', ENLISTMENT: 'Enlistment',
      SENSITIVE_POST: 'Sensitive post', EMPLOYMENT_SCREENING: 'Employment screening', OTHER: 'Other',
    },
    DeliveryMethod: { MAIL: 'Mail', COUNTER_PICKUP: 'Counter pickup', ELECTRONIC: 'Electronic' },
    SlaState: { NOT_STARTED: 'Not started', ON_TRACK: 'On track', DUE_SOON: 'Due soon', OVERDUE: 'Overdue', PAUSED: 'Paused', MET: 'Met', BREACHED: 'Breached' },
    Outcome: { NO_RECORD: 'No record', RECORD_FOUND: 'Record found', SEALED_JUVENILE_RECORD: 'Sealed juvenile record' },
    DocumentKind: {
      APPLICATION_FORM: 'Application form', ID_CARD_FRONT: 'ID card (front)', ID_CARD_BACK: 'ID card (back)', PHOTO: 'Photo', PASSPORT: 'Passport',
      RESIDENCE_PERMIT: 'Residence permit', HMT_TRAVEL_PERMIT: 'HMT travel permit', POWER_OF_ATTORNEY: 'Power of attorney', AGENT_ID: "Agent's ID",
      UNIT_LETTER: 'Unit letter', BUSINESS_LICENSE: 'Business licence', SUBJECT_CONSENT: "Subject's consent", OTHER: 'Other',
    },
    DocumentStatus: { PENDING: 'Pending', VERIFIED: 'Verified', REJECTED: 'Rejected' },
    Role: { STATION_OFFICER: 'Station officer', EXIT_ENTRY_OFFICER: 'Exit-entry officer', SUPERVISOR: 'Supervisor', ADMIN: 'Administrator' },
    OfficeKind: { POLICE_STATION: 'Police station', EXIT_ENTRY: 'Exit-entry administration', SERVICE_HALL: 'Service hall', BUREAU: 'Bureau' },
    IdType: { RESIDENT_ID_CARD: 'Resident ID card', HMT_TRAVEL_PERMIT: 'HMT travel permit', PASSPORT: 'Passport', FOREIGNER_PERMANENT_RESIDENCE_CARD: 'Foreign permanent residence card' },
    RegionBasis: { DOMICILE: 'Domicile', RESIDENCE: 'Residence', UNIT_LOCATION: 'Unit location' },
    Carrier: { EMS: 'EMS', CHINA_POST: 'China Post', SF_EXPRESS: 'SF Express', OTHER: 'Other' },
    Channel: { ONLINE: 'Online', COUNTER: 'Counter' },
    IssuedDocumentKind: { NO_CRIMINAL_RECORD_CERTIFICATE: 'Certificate of No Criminal Record', REFUSAL_NOTICE: 'Notice of refusal', UNIT_RESULT_LETTER: 'Inquiry result letter' },
    CaseAction: {
      CLAIM: 'Claim', RELEASE: 'Release', ASSIGN: 'Assign', ACCEPT: 'Accept', NOT_ACCEPT: 'Not accept', REQUEST_SUPPLEMENT: 'Request supplement',
      SUPPLEMENT_RECEIVED: 'Supplement received', VERIFY_DOCUMENTS: 'Verify documents', START_INVESTIGATION: 'Start investigation', END_INVESTIGATION: 'End investigation',
      DECIDE: 'Decide', SIGN_OFF: 'Sign off', RECORD_FEE_PAYMENT: 'Record fee payment', ISSUE: 'Issue document', RECORD_MAILING: 'Record mailing',
      RECORD_DELIVERY: 'Record delivery', TRANSFER: 'Transfer', WITHDRAW: 'Withdraw', OPEN_REVIEW: 'Open review', CLOSE_REVIEW: 'Close review',
      REVEAL_ID: 'Reveal ID number', UPLOAD_DOCUMENT: 'Upload document',
      APPLICATION_SUBMITTED: 'Submitted', DOCUMENT_DOWNLOADED: 'Document viewed', ISSUED_DOCUMENT_RENDERED: 'Document file made', ISSUED_DOCUMENT_DOWNLOADED: 'Document downloaded', ID_NUMBER_REVEALED: 'ID number revealed',
    },
  },
  app: {
    title: 'Criminal Record Check Console',
    auth: { wrong_credentials: 'Wrong username or password, or the account is inactive', login_failed: 'Sign-in failed; try again later', sign_in: 'Please sign in', session_ended: 'Your session has ended; sign in again' },
    language: 'Language',
    queue: {
      all: 'All', mine: 'Mine', unassigned: 'Unassigned', overdue: 'Overdue', due_soon: 'Due soon', documents_waiting: 'Documents waiting',
      search: 'Reference or name', quick: 'Quick filters', refreshed: 'Refreshes every 30 s', keys: 'Keys: j / k move, Enter opens',
      bulk_assign: 'Assign', assign_to: 'Assign to', assigned: '%{count} assigned',
    },
    case: {
      details: 'Details', history: 'History', documents: 'Documents', subject: 'Subject', agent: 'Agent', unit: 'Unit',
      purpose: 'Purpose', delivery: 'Delivery', routing: 'Routing', clock: 'Time limit', accepted_at: 'Accepted', due_at: 'Due',
      elapsed: 'Working days used', decision: 'Decision', issued: 'Issued document', mailing: 'Mailing', fee: 'Fee', fee_paid: 'Paid',
      fee_free: 'Free', supplement: 'Supplement request', reason: 'Reason', note: 'Note', outcome: 'Outcome', kinds: 'Documents to supply',
      officer: 'Officer', office: 'Transfer to', tracking: 'Tracking number', carrier: 'Carrier', receipt: 'Receipt number', delivered_at: 'Delivered at',
      approve: 'Approve', send_back: 'Send back', download_pdf: 'Download / print', reveal: 'Reveal ID number', reveal_reason: 'Reason (it is recorded)',
      revealed: 'Full ID number: %{number}', conflict: 'This case was changed by someone else; it has been reloaded', done: '%{action}: done', no_actions: 'Nothing to do on this case now',
      held_by: 'Held by', time: 'Time', action: 'Action', none: 'None', status_reason: 'Status note', verify: 'Verify', reject: 'Reject', reject_note: 'Why it is rejected',
      previous: 'Previous', next: 'Next', zoom_in: 'Zoom in', zoom_out: 'Zoom out', rotate: 'Rotate', no_documents: 'No documents yet',
      missing: 'Not yet verified: %{kinds}', verification_code: 'Verification code', tracking_invalid: 'The tracking number check digit is wrong', upload: 'Upload',
      uploaded: 'Document uploaded', document_keys: 'Keys: [ ] switch documents, v verifies',
    },
    intake: {
      title: 'Counter intake', subject: 'Subject', agent: 'Agent (entrusted applications)', unit: 'Unit (unit inquiries)',
      mailing: 'Mailing address', check_routing: 'Check routing', routing_result: 'Routing', not_accepted: 'Not accepted: %{reason}',
      submitted: 'Registered as %{referenceNo}', upload_title: 'Upload the scans', id_invalid: 'Invalid ID number: %{problem}',
      preferred_basis: 'Apply by', entrusted: 'Entrusted to an agent', finish: 'Done',
      nationality: 'Nationality', phone: 'Phone', credit_code: 'Unified social credit code', contact: 'Contact', destination: 'Destination',
      recipient: 'Recipient', region: 'Region code', address: 'Address', postcode: 'Postcode', region_hint: 'GB/T 2260 code, e.g. 210102001',
      days_in_china: 'Days in China', id_type: 'Identity document',
    },
    routing: { simulator: 'Routing simulator', simulate: 'Simulate', trace: 'Rules tried', matched: 'Matched', not_matched: 'Not matched' },
    calendar: { title: 'Working-day calendar', workday: 'Working day', holiday: 'Holiday', toggle: 'Click a day to switch it', saved: '%{date} is now a %{kind}' },
    export: { progress: '%{done} of %{total} rows' },
    reports: {
      title: 'Workload', from: 'From', to: 'To', group_by: 'Group by', office: 'Office', officer: 'Officer', day: 'Day',
      received: 'Received', accepted: 'Accepted', decided: 'Decided', issued: 'Issued', mailed: 'Mailed', open_now: 'Open', overdue_now: 'Overdue',
      sla_met: 'Met the limit', median_days: 'Median working days to decision', total: 'Total', time_in_status: 'Time in status (working days)',
      status: 'Status', count: 'Cases', average: 'Average', p90: '90th percentile', run: 'Run',
    },
    dashboard_supervisor: {
      open: 'Open cases', overdue: 'Overdue', due_today: 'Due today', decided_week: 'Decided this week', met_month: 'Limit met this month',
      trend: 'Received and decided, last 30 days', per_office: 'This month per office', attention: 'Overdue and due soon',
    },
    dashboard: { welcome: 'Welcome, %{name}', my_open: 'My open cases', due_soon: 'Due soon', pending_signoff: 'Waiting for sign-off', open_queue: 'Open the queue' },
  },
};
