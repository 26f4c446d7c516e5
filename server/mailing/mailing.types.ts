import { Field, InputType, ObjectType } from 'type-graphql';
import { Carrier } from '../core/enums';
import { Officer } from '../officers/officer.entity';

@ObjectType()
export class Mailing {
  @Field(() => Carrier) carrier: Carrier;
  @Field(() => String) trackingNumber: string;
  @Field(() => Date) mailedAt: Date;
  @Field(() => Officer) mailedBy: Officer;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
}

@InputType()
export class MailingInput {
  @Field(() => Carrier) carrier: Carrier;
  @Field(() => String) trackingNumber: string;
  @Field(() => Date, { nullable: true }) mailedAt?: Date | null;
}
