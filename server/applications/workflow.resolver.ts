import { Arg, Authorized, Int, ID, Mutation, Resolver } from 'type-graphql';
import { DocumentKind, Outcome } from '../core/enums';
import { notImplemented } from '../core/errors';
import { MailingInput } from '../mailing/mailing.types';
import { Application } from './application.entity';

// The case workflow of the contract. Its state machine is the next issue's work; until then each
// mutation exists with its contract signature and answers NOT_IMPLEMENTED.
const id = () => Arg('id', () => ID);
const version = () => Arg('version', () => Int);
const reason = () => Arg('reason', () => String);
const pending = (name: string): never => { throw notImplemented(name); };

@Resolver()
export class WorkflowResolver {
  @Authorized() @Mutation(() => Application)
  claimApplication(@id() _id: string, @version() _v: number): Application { return pending('claimApplication'); }

  @Authorized() @Mutation(() => Application)
  releaseApplication(@id() _id: string, @version() _v: number): Application { return pending('releaseApplication'); }

  @Authorized() @Mutation(() => Application, { description: 'Supervisor: give a case to an officer of an office in scope.' })
  assignApplication(@id() _id: string, @version() _v: number, @Arg('officerId', () => ID) _o: string): Application { return pending('assignApplication'); }

  @Authorized() @Mutation(() => [Application], { description: 'Supervisor: give several cases to one officer at once; returns the cases changed.' })
  assignApplications(@Arg('ids', () => [ID]) _ids: string[], @Arg('officerId', () => ID) _o: string): Application[] { return pending('assignApplications'); }

  @Authorized() @Mutation(() => Application)
  acceptApplication(@id() _id: string, @version() _v: number): Application { return pending('acceptApplication'); }

  @Authorized() @Mutation(() => Application)
  notAcceptApplication(@id() _id: string, @version() _v: number, @reason() _r: string): Application { return pending('notAcceptApplication'); }

  @Authorized() @Mutation(() => Application)
  requestSupplement(@id() _id: string, @version() _v: number, @reason() _r: string, @Arg('kinds', () => [DocumentKind]) _k: DocumentKind[]): Application {
    return pending('requestSupplement');
  }

  @Authorized() @Mutation(() => Application, { description: "The applicant's supplement arrived; the case returns to where it was." })
  supplementReceived(@id() _id: string, @version() _v: number): Application { return pending('supplementReceived'); }

  @Authorized() @Mutation(() => Application)
  startInvestigation(@id() _id: string, @version() _v: number, @reason() _r: string): Application { return pending('startInvestigation'); }

  @Authorized() @Mutation(() => Application)
  endInvestigation(@id() _id: string, @version() _v: number, @Arg('note', () => String, { nullable: true }) _n: string | null): Application {
    return pending('endInvestigation');
  }

  @Authorized() @Mutation(() => Application)
  decideApplication(
    @id() _id: string, @version() _v: number, @Arg('outcome', () => Outcome) _o: Outcome,
    @Arg('note', () => String, { nullable: true }) _n: string | null,
  ): Application { return pending('decideApplication'); }

  @Authorized() @Mutation(() => Application, { description: "A second officer (supervisor) signs a proposed decision off, or sends it back." })
  signOffDecision(
    @id() _id: string, @version() _v: number, @Arg('approve', () => Boolean) _a: boolean,
    @Arg('note', () => String, { nullable: true }) _n: string | null,
  ): Application { return pending('signOffDecision'); }

  @Authorized() @Mutation(() => Application, { description: 'Record that the fee was paid (receipt number from the payment channel). A case whose fee is unpaid cannot be issued.' })
  recordFeePayment(@id() _id: string, @version() _v: number, @Arg('receiptNo', () => String) _r: string): Application { return pending('recordFeePayment'); }

  @Authorized() @Mutation(() => Application)
  issueDocument(@id() _id: string, @version() _v: number): Application { return pending('issueDocument'); }

  @Authorized() @Mutation(() => Application)
  recordMailing(@id() _id: string, @version() _v: number, @Arg('input', () => MailingInput) _i: MailingInput): Application { return pending('recordMailing'); }

  @Authorized() @Mutation(() => Application)
  recordDelivery(@id() _id: string, @version() _v: number, @Arg('deliveredAt', () => Date, { nullable: true }) _d: Date | null): Application {
    return pending('recordDelivery');
  }

  @Authorized() @Mutation(() => Application)
  transferApplication(@id() _id: string, @version() _v: number, @Arg('officeId', () => ID) _o: string, @reason() _r: string): Application {
    return pending('transferApplication');
  }

  @Authorized() @Mutation(() => Application)
  withdrawApplication(@id() _id: string, @version() _v: number, @reason() _r: string): Application { return pending('withdrawApplication'); }

  @Authorized() @Mutation(() => Application)
  openReview(@id() _id: string, @version() _v: number, @reason() _r: string): Application { return pending('openReview'); }

  @Authorized() @Mutation(() => Application)
  closeReview(@id() _id: string, @version() _v: number, @Arg('outcome', () => Outcome) _o: Outcome, @Arg('note', () => String) _n: string): Application {
    return pending('closeReview');
  }
}
