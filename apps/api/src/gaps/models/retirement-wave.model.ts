import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Figure } from './figure.model';

@ObjectType({ description: 'Holders leaving in one year.' })
export class RetirementYear {
  @Field(() => Int)
  year: number;

  @Field(() => Figure)
  headcount: Figure;

  @Field(() => Figure, { description: 'Their årsverk.' })
  fte: Figure;
}

@ObjectType({
  description:
    "Today's holders of a critical competence (at the level its requirements ask) or members of a profession, and the years they reach retirement age.",
})
export class RetirementSeries {
  @Field({ description: 'competence id or STYRK code.' })
  key: string;

  @Field(() => ID, { nullable: true })
  competenceId: string | null;

  @Field(() => Int, { nullable: true, description: 'Holders at this level or above count.' })
  minLevel: number | null;

  @Field(() => String, { nullable: true })
  professionCode: string | null;

  @Field(() => String, { nullable: true })
  professionName: string | null;

  @Field(() => Figure, { description: 'Holders (or members) today.' })
  current: Figure;

  @Field(() => Figure)
  currentFte: Figure;

  @Field(() => [RetirementYear], {
    description: 'One per year; the first year also holds those already past the age.',
  })
  leaving: RetirementYear[];

  @Field(() => Figure, { description: 'Leaving within the years shown.' })
  leavingTotal: Figure;

  @Field(() => Figure)
  leavingTotalFte: Figure;
}

@ObjectType({ description: 'The retirement wave: who leaves, by year, for the next years.' })
export class RetirementWave {
  @Field(() => Int)
  retirementAge: number;

  @Field(() => [Int])
  years: number[];

  @Field(() => [RetirementSeries])
  competences: RetirementSeries[];

  @Field(() => [RetirementSeries])
  professions: RetirementSeries[];

  @Field()
  suppressionApplied: boolean;
}
