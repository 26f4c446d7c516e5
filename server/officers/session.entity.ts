import { Entity, Index, PrimaryColumn } from 'typeorm';
import { IntColumn, TimestampColumn } from '../db/columns';

/** A signed-in browser. Kept in the database so several server instances share sessions. */
@Entity('session')
export class Session {
  /** HMAC of the cookie token under the session secret: a leaked table opens no session. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Index()
  @IntColumn()
  officerId: number;

  @TimestampColumn()
  createdAt: Date;

  @Index()
  @TimestampColumn()
  expiresAt: Date;
}
