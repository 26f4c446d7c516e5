import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An administrative division of GB/T 2260 (with 9-digit township codes).' })
export class Region {
  @Field(() => String, {
    description: 'Its code: 2 digits a province, 4 a city, 6 a county or district, 9 a township.',
  })
  code: string;

  @Field(() => String, { description: 'Its own name, e.g. 北市场街道.' })
  name: string;

  @Field(() => String, {
    description: 'Its name with its parents’, as a case names it, e.g. 辽宁省沈阳市和平区北市场街道.',
  })
  fullName: string;
}
