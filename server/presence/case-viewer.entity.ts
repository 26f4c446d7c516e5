import { Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../db/columns';

/**
 * That an officer has a case open in the console, as of the last heartbeat of its page: one row
 * per case and officer, so that every server process sees who else is on a case.
 */
@Entity('case_viewer')
// An officer's own rows, oldest first: what a heartbeat of theirs clears once stale.
@Index('ix_case_viewer_officer', ['officerId', 'seenAt'])
export class CaseViewer {
  @PrimaryColumn({ type: 'int' })
  applicationId: number;

  @PrimaryColumn({ type: 'int' })
  officerId: number;

  @TimestampColumn()
  seenAt: Date;
}
