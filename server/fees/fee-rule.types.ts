import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A fee for cases accepted by offices whose jurisdiction starts with regionPrefix; the longest prefix wins; none means free.' })
export class FeeRule {
  @Field(() => ID) id: string;
  @Field(() => String) regionPrefix: string;
  @Field(() => Float) amount: number;
  @Field(() => String, { nullable: true }) note: string | null;
}
