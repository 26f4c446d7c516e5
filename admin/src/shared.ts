// The console's one door to the server's code: what both run, importing no framework (the
// identity numbers and codes, and the calendar days in Asia/Shanghai). test/structure.test.ts
// keeps it the only file of the console that imports the server, and keeps what it imports free
// of anything but data.

export { addDays, shanghaiDate, weekday } from '../../server/core/time';
export {
  creditCodeIssue,
  deliveryPhoneIssue,
  foreignPermanentResidenceCardIssue,
  hmtTravelPermitIssue,
  type IdIssue,
  mobileIssue,
  normalizeIdNumber,
  passportNumberIssue,
  residentIdIssue,
  trackingIssue,
} from '../../server/identifiers/identifiers';
export { matchesRegion, REGION_CODE } from '../../server/identifiers/region-match';
