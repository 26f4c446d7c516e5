import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EnumColumn, IntColumn, TimestampColumn } from '../core/columns';
import type { ApplicationStatus, CaseAction } from '../core/enums';

/** Every status a case has been in and when: the basis of time-in-status reports. */
@Entity('application_status_change')
@Index('ix_status_change_application', ['applicationId', 'at'])
@Index('ix_status_change_to_at', ['toStatus', 'at'])
@Index('ix_status_change_office_at', ['officeId', 'at'])
@Index('ix_status_change_at', ['at'])
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
}
