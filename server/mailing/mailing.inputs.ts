import { Field, InputType } from 'type-graphql';
import { Carrier } from '../core/enums';

@InputType()
export class MailingInput {
  @Field(() => Carrier) carrier: Carrier;
  @Field(() => String) trackingNumber: string;
  @Field(() => Date, { nullable: true }) mailedAt?: Date | null;
}
