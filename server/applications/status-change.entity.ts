import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationStatus, CaseAction } from '../core/enums';
import { EnumColumn, IntColumn, TimestampColumn } from '../db/columns';

/**
 * Every status a case has been in and when: the basis of time-in-status reports. Each row is a
 * stay, ended by the case's next change, which fills in when and after how many working days.
 */
@Entity('application_status_change')
@Index('ix_status_change_application', ['applicationId', 'at'])
// Covers the time-in-status report: the stays that began in a period, counted by length.
@Index('ix_status_change_stay', ['at', 'officeId', 'toStatus', 'workingDays'])
export class StatusChange {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @IntColumn()
  applicationId: number;

  /** The office the case was in when it changed (transfers move cases between offices). */
  @IntColumn()
  officeId: number;

  @EnumColumn({ nullable: true })
  fromStatus: ApplicationStatus | null;

  @EnumColumn()
  toStatus: ApplicationStatus;

  /** The case action that made the change, or SUBMIT for intake. */
  @EnumColumn()
  action: CaseAction | 'SUBMIT';

  @TimestampColumn()
  at: Date;

  @IntColumn({ nullable: true })
  actorId: number | null;

  /** When the stay this change began ended (the case's next change); null while it lasts. */
  @TimestampColumn({ nullable: true })
  endedAt: Date | null;

  /** Working days from the day the stay began to the day it ended, counted as the time limits are. */
  @IntColumn({ nullable: true })
  workingDays: number | null;
}
