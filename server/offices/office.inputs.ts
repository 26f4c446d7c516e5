import { Field, ID, InputType } from 'type-graphql';
import { OfficeKind } from '../core/enums';

@InputType()
export class OfficeInput {
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => OfficeKind) kind: OfficeKind;
  @Field(() => [String]) jurisdiction: string[];
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}
