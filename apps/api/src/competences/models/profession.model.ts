import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A STYRK-08 occupation group with its Norwegian name (SSB).' })
export class Profession {
  @Field({ description: 'Four-digit STYRK-08 code, e.g. "2223".' })
  code: string;

  @Field()
  name: string;

  @Field({ description: 'The occupation normally requires a health education (a proxy).' })
  healthEducation: boolean;

  @Field({ description: 'The occupation normally requires higher education (a proxy).' })
  higherEducation: boolean;
}
