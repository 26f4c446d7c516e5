import { Field, InputType, Int } from 'type-graphql';
import { ReasonKind } from '../core/enums';

// No defaultValue on the fields: graphql-jit fails on a default of an input object's field given
// through a variable (an internal error); absent here means the service's default.
@InputType()
export class ReasonTemplateInput {
  @Field(() => ReasonKind) kind: ReasonKind;
  @Field(() => String) text: string;
  @Field(() => Boolean, { nullable: true, description: 'Offered to officers (the default) or retired.' })
  active?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Its place among the templates of its kind (default 0).' })
  position?: number | null;
}
