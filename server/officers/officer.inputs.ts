import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../core/enums';

@InputType()
export class OfficerInput {
  @Field(() => String) username: string;
  @Field(() => String) displayName: string;
  @Field(() => Role) role: Role;
  @Field(() => ID) officeId: string;
  @Field(() => String, { description: 'At least 12 characters.' }) password: string;
}

@InputType()
export class OfficerUpdateInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => ID, { nullable: true }) officeId?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true }) password?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Deactivating an officer who holds open cases: the active officer who takes them over.',
  })
  handOverTo?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Deactivating an officer who holds open cases: true sends them back to their offices' queues, unassigned.",
  })
  releaseOpenCases?: boolean | null;
}
