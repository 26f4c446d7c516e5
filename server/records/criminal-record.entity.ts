import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BoolColumn, TextColumn } from '../db/columns';

/**
 * The demo registry's records (RECORD_REGISTRY=demo): judgments held in the project's own
 * database, filled by the demo seed. A real deployment asks the registry over HTTP instead.
 */
@Entity('criminal_record')
@Index('ix_criminal_record_id_number', ['idNumber'])
@Index('ix_criminal_record_name_birth', ['name', 'birthDate'])
export class CriminalRecord {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Index('ux_criminal_record_ref', { unique: true })
  @TextColumn(64)
  recordRef: string;

  /** The number the judgment was filed under; null where the file has none. */
  @TextColumn(32, { nullable: true })
  idNumber: string | null;

  @TextColumn(100)
  name: string;

  /** YYYY-MM-DD. */
  @TextColumn(10, { nullable: true })
  birthDate: string | null;

  @TextColumn(500)
  offence: string;

  /** YYYY-MM-DD. */
  @TextColumn(10, { nullable: true })
  judgmentDate: string | null;

  @TextColumn(200, { nullable: true })
  sentence: string | null;

  @BoolColumn({ default: false })
  committedUnder18: boolean;

  /** Sealed under Art. 286 of the Criminal Procedure Law. */
  @BoolColumn({ default: false })
  sealed: boolean;
}
