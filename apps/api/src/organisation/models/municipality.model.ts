import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A municipality (kommune) of the region.' })
export class Municipality {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Kommunenummer, e.g. "3407".' })
  number: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'KOSTRA group, e.g. "EKG11".' })
  kostraGroup: string | null;
}
