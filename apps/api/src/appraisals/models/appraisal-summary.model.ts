import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class AppraisalSummarySection {
  @Field()
  heading: string;

  @Field(() => [String], { description: 'Lines of text, ready to print.' })
  lines: string[];
}

@ObjectType({ description: 'A printable summary of a talk, in Norwegian, for the employee.' })
export class AppraisalSummary {
  @Field(() => ID)
  appraisalId: string;

  @Field()
  title: string;

  @Field()
  employeeName: string;

  @Field()
  unitName: string;

  @Field()
  municipalityName: string;

  @Field()
  cycleName: string;

  @Field({ description: '"Utkast" or "Signert 22.11.2026 av …".' })
  statusText: string;

  @Field(() => [AppraisalSummarySection])
  sections: AppraisalSummarySection[];

  @Field({ description: 'The whole summary as plain text.' })
  text: string;
}
