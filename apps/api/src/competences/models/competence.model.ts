import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BuildingBlock } from '../competence.rows';

registerEnumType(BuildingBlock, {
  name: 'BuildingBlock',
  description: "Lai's building blocks: kunnskaper, ferdigheter, evner, holdninger.",
});

@ObjectType({ description: 'One level of a competence scale.' })
export class LevelDefinition {
  @Field(() => Int)
  level: number;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "Selvstendig".' })
  name: string | null;

  @Field({ description: 'What a person at this level can do.' })
  description: string;
}

@ObjectType({ description: "An entry in the region's competence catalogue." })
export class Competence {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => BuildingBlock)
  buildingBlock: BuildingBlock;

  @Field({ description: 'Subject area, e.g. "Demens" or "Legemiddelhåndtering".' })
  area: string;

  @Field(() => [String], { description: 'Focus areas such as "Kompetanseløft 2025".' })
  tags: string[];

  @Field(() => [LevelDefinition], { description: 'The level scale, lowest level first.' })
  scale: LevelDefinition[];

  @Field(() => Int, {
    nullable: true,
    description: 'Certificates expire this many months after they are obtained.',
  })
  validityMonths: number | null;

  @Field()
  active: boolean;

  @Field(() => Int, { description: 'Send back with updates (optimistic locking).' })
  version: number;
}
