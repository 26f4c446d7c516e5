import { Init1764200000000 } from './1764200000000-init';
import { Workflow1795756321636 } from './1795756321636-workflow';
import { Reports1795757742181 } from './1795757742181-reports';
import { Counters1795759253481 } from './1795759253481-counters';
import { QueueIndexes1795759633340 } from './1795759633340-queue-indexes';
import { RuleVersions1795763940132 } from './1795763940132-rule-versions';
import { StayLengths1795766008880 } from './1795766008880-stay-lengths';
import { RateLimits1795800000000 } from './1795800000000-rate-limits';
import { CacheVersions1795900000000 } from './1795900000000-cache-versions';
import { AuditSeal1796000000000 } from './1796000000000-audit-seal';
import { RecordChecks1796100000000 } from './1796100000000-record-checks';
import { Notifications1796200000000 } from './1796200000000-notifications';
import { RecordCheckIndex1796300000000 } from './1796300000000-record-check-index';
import { NotificationHandedOver1796614525169 } from './1796614525169-notification-handed-over';
import { HallDoor1796628874638 } from './1796628874638-hall-door';
import { IdNumberSearch1796800000000 } from './1796800000000-id-number-search';
import { ReturnedBy1796900000000 } from './1796900000000-returned-by';
import { CaseViewers1797000000000 } from './1797000000000-case-viewers';
import { ReasonTemplates1797100000000 } from './1797100000000-reason-templates';

/** Every migration, oldest first; run at start. */
export const migrations = [
  Init1764200000000,
  Workflow1795756321636,
  Reports1795757742181,
  Counters1795759253481,
  QueueIndexes1795759633340,
  RuleVersions1795763940132,
  StayLengths1795766008880,
  RateLimits1795800000000,
  CacheVersions1795900000000,
  AuditSeal1796000000000,
  RecordChecks1796100000000,
  Notifications1796200000000,
  RecordCheckIndex1796300000000,
  NotificationHandedOver1796614525169,
  HallDoor1796628874638,
  IdNumberSearch1796800000000,
  ReturnedBy1796900000000,
  CaseViewers1797000000000,
  ReasonTemplates1797100000000,
];
