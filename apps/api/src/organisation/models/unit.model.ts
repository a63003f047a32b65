import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UnitKind } from '../organisation.rows';

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Level in the unit tree: service area → unit → department.',
});

@ObjectType({ description: 'A unit in the municipality: service area, unit or department.' })
export class Unit {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  municipalityId: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field()
  name: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => String, { nullable: true })
  serviceType: string | null;
}
