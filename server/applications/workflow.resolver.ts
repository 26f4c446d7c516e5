import { Arg, Authorized, Ctx, Extensions, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { DocumentKind, Outcome } from '../core/enums';
import { listCost } from '../graphql/query-cost';
import { MailingInput } from '../mailing/mailing.inputs';
import { Application } from './application.entity';
import { AssignmentResult } from './assignment.outputs';
import * as workflow from './workflow.service';

// The case workflow of the contract. Each mutation only requires a signed-in officer and hands
// over to workflow.service, which checks the rest against the lifecycle table of workflow.ts
// (role, scope, version, status, holding, guard) and makes the change, its status history and
// its audit event in one transaction. The actions on a case's papers run through the same
// service from documents/ (the upload, verifyDocument, issueDocument), which sits above this folder.
const idArg = () => Arg('id', () => ID);
const versionArg = () => Arg('version', () => Int);
const reasonArg = () => Arg('reason', () => String);

@Resolver()
export class WorkflowResolver {
  @Authorized()
  @Mutation(() => Application)
  claimApplication(@Ctx() ctx: RequestContext, @idArg() id: string, @versionArg() v: number) {
    return workflow.claim(ctx, id, v);
  }

  @Authorized()
  @Mutation(() => Application, {
    nullable: true,
    description:
      "The case in the officer's scope with the nearest deadline that nobody holds and this officer may work, claimed; null when there is none.",
  })
  claimNextApplication(@Ctx() ctx: RequestContext) {
    return workflow.claimNext(ctx);
  }

  @Authorized()
  @Mutation(() => Application)
  releaseApplication(@Ctx() ctx: RequestContext, @idArg() id: string, @versionArg() v: number) {
    return workflow.release(ctx, id, v);
  }

  @Authorized()
  @Mutation(() => Application, { description: 'Supervisor: give a case to an officer of an office in scope.' })
  assignApplication(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @Arg('officerId', () => ID) officerId: string,
  ) {
    return workflow.assign(ctx, id, v, officerId);
  }

  @Authorized()
  @Mutation(() => [Application], {
    description: 'Supervisor: give several cases to one officer at once; returns the cases changed.',
  })
  @Extensions(listCost({ rows: workflow.MAX_ASSIGNED_AT_ONCE }))
  assignApplications(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('officerId', () => ID) officerId: string,
  ) {
    return workflow.assignMany(ctx, ids, officerId);
  }

  @Authorized()
  @Mutation(() => [AssignmentResult], {
    description:
      'Supervisor: give several cases to one officer, each on its own; says per case whether it was assigned and, if not, why.',
  })
  @Extensions(listCost({ rows: workflow.MAX_ASSIGNED_AT_ONCE }))
  assignEach(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('officerId', () => ID) officerId: string,
  ) {
    return workflow.assignEach(ctx, ids, officerId);
  }

  @Authorized()
  @Mutation(() => Application)
  acceptApplication(@Ctx() ctx: RequestContext, @idArg() id: string, @versionArg() v: number) {
    return workflow.accept(ctx, id, v);
  }

  @Authorized()
  @Mutation(() => Application)
  notAcceptApplication(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @reasonArg() r: string,
  ) {
    return workflow.notAccept(ctx, id, v, r);
  }

  @Authorized()
  @Mutation(() => Application)
  requestSupplement(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @reasonArg() r: string,
    @Arg('kinds', () => [DocumentKind]) kinds: DocumentKind[],
  ) {
    return workflow.requestSupplement(ctx, id, v, r, kinds);
  }

  @Authorized()
  @Mutation(() => Application, { description: "The applicant's supplement arrived; the case returns to where it was." })
  supplementReceived(@Ctx() ctx: RequestContext, @idArg() id: string, @versionArg() v: number) {
    return workflow.supplementReceived(ctx, id, v);
  }

  @Authorized()
  @Mutation(() => Application)
  startInvestigation(@Ctx() ctx: RequestContext, @idArg() id: string, @versionArg() v: number, @reasonArg() r: string) {
    return workflow.startInvestigation(ctx, id, v, r);
  }

  @Authorized()
  @Mutation(() => Application)
  endInvestigation(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ) {
    return workflow.endInvestigation(ctx, id, v, note);
  }

  @Authorized()
  @Mutation(() => Application)
  decideApplication(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @Arg('outcome', () => Outcome) outcome: Outcome,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ) {
    return workflow.decide(ctx, id, v, outcome, note);
  }

  @Authorized()
  @Mutation(() => Application, {
    description: 'A second officer (supervisor) signs a proposed decision off, or sends it back.',
  })
  signOffDecision(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ) {
    return workflow.signOff(ctx, id, v, approve, note);
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'Record that the fee was paid (receipt number from the payment channel). A case whose fee is unpaid cannot be issued.',
  })
  recordFeePayment(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @Arg('receiptNo', () => String) receiptNo: string,
  ) {
    return workflow.recordFeePayment(ctx, id, v, receiptNo);
  }

  @Authorized()
  @Mutation(() => Application)
  recordMailing(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @Arg('input', () => MailingInput) input: MailingInput,
  ) {
    return workflow.recordMailing(ctx, id, v, input);
  }

  @Authorized()
  @Mutation(() => Application)
  recordDelivery(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @Arg('deliveredAt', () => Date, { nullable: true }) at: Date | null,
  ) {
    return workflow.recordDelivery(ctx, id, v, at);
  }

  @Authorized()
  @Mutation(() => Application)
  transferApplication(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @Arg('officeId', () => ID) officeId: string,
    @reasonArg() r: string,
  ) {
    return workflow.transfer(ctx, id, v, officeId, r);
  }

  @Authorized()
  @Mutation(() => Application)
  withdrawApplication(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @reasonArg() r: string,
  ) {
    return workflow.withdraw(ctx, id, v, r);
  }

  @Authorized()
  @Mutation(() => Application)
  openReview(@Ctx() ctx: RequestContext, @idArg() id: string, @versionArg() v: number, @reasonArg() r: string) {
    return workflow.openReview(ctx, id, v, r);
  }

  @Authorized()
  @Mutation(() => Application)
  closeReview(
    @Ctx() ctx: RequestContext,
    @idArg() id: string,
    @versionArg() v: number,
    @Arg('outcome', () => Outcome) outcome: Outcome,
    @Arg('note', () => String) note: string,
  ) {
    return workflow.closeReview(ctx, id, v, outcome, note);
  }
}
