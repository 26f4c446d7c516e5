import type { DataSource } from 'typeorm';
import { CriminalRecord } from './criminal-record.entity';
import { JUDGMENT, JUDGMENT_ORDER, OF_ID_NUMBER, OF_NAME_AND_BIRTH } from './record.queries';
import type { RecordRegistry, RegistryRecord, RegistrySubject } from './registry';

/** RECORD_REGISTRY=demo: the judgments of the `criminal_record` table in the project's own database. */
export class DemoRegistry implements RecordRegistry {
  readonly name = 'demo';

  constructor(private readonly ds: DataSource) {}

  async lookup(subject: RegistrySubject): Promise<RegistryRecord[]> {
    const qb = this.ds
      .getRepository(CriminalRecord)
      .createQueryBuilder(JUDGMENT)
      .where(OF_ID_NUMBER, { idNumber: subject.idNumber });
    if (subject.birthDate) qb.orWhere(OF_NAME_AND_BIRTH, { name: subject.name, birthDate: subject.birthDate });
    return (await qb.orderBy(JUDGMENT_ORDER).take(200).getMany()).map(registryRecordOf);
  }
}

/** A judgment of the demo table as the registry's answer gives it. */
export function registryRecordOf(r: Omit<CriminalRecord, 'id'>): RegistryRecord {
  return {
    recordRef: r.recordRef,
    idNumber: r.idNumber,
    name: r.name,
    birthDate: r.birthDate,
    offence: r.offence,
    judgmentDate: r.judgmentDate,
    sentence: r.sentence,
    sealedJuvenile: r.committedUnder18 && r.sealed,
  };
}
