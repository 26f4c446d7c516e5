import { Field, ID, ObjectType } from 'type-graphql';

/** Why a case of a bulk assignment was not given to the officer: stable codes the console translates. */
export enum AssignmentRefusal {
  /** No such case, or outside the supervisor's offices (which reads the same). */
  NOT_FOUND = 'NOT_FOUND',
  /** The case is with that officer already: nothing to do. */
  ALREADY_ASSIGNED = 'ALREADY_ASSIGNED',
  /** The case is closed (or otherwise in a status that takes no assignment). */
  CASE_CLOSED = 'CASE_CLOSED',
  /** The officer does not work cases of the case's office. */
  OFFICER_NOT_IN_OFFICE = 'OFFICER_NOT_IN_OFFICE',
}

@ObjectType({ description: 'What a bulk assignment did with one case: assigned, or not and why.' })
export class AssignmentResult {
  @Field(() => ID, { description: 'The case id as given.' }) id: string;
  @Field(() => String, { nullable: true, description: 'Null for a case that does not exist or is out of scope.' })
  referenceNo: string | null;
  @Field(() => Boolean) assigned: boolean;
  @Field(() => String, { nullable: true, description: 'Why not (English); null when assigned.' }) reason: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why not, as a stable code: NOT_FOUND, ALREADY_ASSIGNED, CASE_CLOSED or OFFICER_NOT_IN_OFFICE; null when assigned.',
  })
  reasonCode: AssignmentRefusal | null;
}
