import { Entity, PrimaryColumn } from 'typeorm';
import { IntColumn } from '../db/columns';

// Counters kept in the same transaction as the changes they count, so that reports and queue
// counts read a few hundred rows instead of scanning a million cases, and stay exact.

/** Steps taken per Shanghai day, office and officer (0: no officer, e.g. intake from the service hall). */
@Entity('workload_day')
export class WorkloadDay {
  @PrimaryColumn({ type: 'varchar', length: 10 }) day: string;
  @PrimaryColumn({ type: 'int' }) officeId: number;
  @PrimaryColumn({ type: 'int' }) officerId: number;
  @IntColumn({ default: 0 }) received: number;
  @IntColumn({ default: 0 }) accepted: number;
  @IntColumn({ default: 0 }) decided: number;
  /** Decisions made by their due time. */
  @IntColumn({ default: 0 }) met: number;
  @IntColumn({ default: 0 }) issued: number;
  @IntColumn({ default: 0 }) mailed: number;
}

/** How many decisions took how many working days, per day, office and deciding officer. */
@Entity('decision_days')
export class DecisionDays {
  @PrimaryColumn({ type: 'varchar', length: 10 }) day: string;
  @PrimaryColumn({ type: 'int' }) officeId: number;
  @PrimaryColumn({ type: 'int' }) officerId: number;
  @PrimaryColumn({ type: 'int' }) days: number;
  @IntColumn({ default: 0 }) count: number;
}

/** Cases now in each office, status and holder (0: nobody). */
@Entity('case_count')
export class ApplicationCount {
  @PrimaryColumn({ type: 'int' }) officeId: number;
  @PrimaryColumn({ type: 'varchar', length: 40 }) status: string;
  @PrimaryColumn({ type: 'int' }) assigneeId: number;
  @IntColumn({ default: 0 }) count: number;
}
