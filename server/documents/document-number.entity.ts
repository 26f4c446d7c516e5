import { Entity, PrimaryColumn } from 'typeorm';
import { IntColumn } from '../db/columns';

/**
 * The last result-document number an office gave in a year. Taken under a row lock inside the
 * issuing transaction, so numbers are unique and gap-free: a failed issue rolls its number back.
 */
@Entity('document_number_sequence')
export class DocumentNumberSequence {
  @PrimaryColumn({ type: 'int' })
  officeId: number;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @IntColumn()
  lastNumber: number;
}
