// The fields the console reads, one fragment a view.

export const OFFICE = 'id code name kind jurisdiction address phone parent { id name }';
export const OFFICER = 'id username displayName role active office { id name code }';
export const RULE = `id name priority enabled applicantKind subjectCategory entrusted regionBasis regionPrefix minDaysInChina
  targetOfficeKind targetOffice { id name } legalBasis version updatedAt`;

export const APPLICATION_ROW = `id referenceNo status applicantKind purpose delivery submittedAt dueAt slaState version
  subject { name category idNumberMasked } unit { name } office { id name } assignee { id displayName }`;

export const ROUTING = `explanation regionBasis regionCode notAcceptedReason office { id name code }
  rule { id name priority } trace { matched reason rule { id name priority } }`;

const PERSON = 'name category idType idNumberMasked nationality birthDate gender domicileRegion residenceRegion daysInChina phoneMasked';

export const APPLICATION = `id referenceNo status channel applicantKind purpose purposeDetail destinationCountry delivery
  subject { ${PERSON} } agent { ${PERSON} } unit { name creditCode region contactName contactPhoneMasked }
  mailingAddress { recipient phoneMasked region line postalCode }
  office { id name code } assignee { id displayName username } routing { ${ROUTING} }
  documents { id kind fileName contentType byteSize status note uploadedAt verifiedAt verifiedBy { displayName } contentUrl }
  missingDocumentKinds submittedAt acceptedAt dueAt slaState workingDaysElapsed outcome decidedAt
  decidedBy { id displayName } signedOffBy { displayName }
  issuedDocument { kind number issuedAt verificationCode pdfUrl issuedBy { displayName } }
  mailing { carrier trackingNumber mailedAt deliveredAt mailedBy { displayName } }
  feeAmount feePaid statusReason supplementRequest { reason kinds requestedAt requestedBy { displayName } }
  availableActions updatedAt version`;

export const AUDIT_EVENT = 'id at action entityType entityId detail actor { displayName username }';
