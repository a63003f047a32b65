import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Which import: the staff list, or formal qualifications. */
export enum ImportKindEnum {
  EMPLOYEES = 'employees',
  QUALIFICATIONS = 'qualifications',
}

registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  description:
    'EMPLOYEES: the staff list from the HR system; QUALIFICATIONS: formal qualifications.',
});

@ObjectType({
  description:
    'A column an import reads, from the same definitions the parser uses (docs/imports.md).',
})
export class ImportColumn {
  @Field({ description: 'Machine name of the field, e.g. professionCode.' })
  field: string;

  @Field({ description: 'The header as the template writes it, e.g. Yrkeskode.' })
  header: string;

  @Field({ description: 'A file without this column is refused.' })
  required: boolean;

  @Field(() => [String], {
    description:
      'Other headers read as this column (case, accents, spaces and punctuation ignored).',
  })
  alsoAccepted: string[];

  @Field({ description: 'What the cells hold (Norwegian).' })
  description: string;

  @Field({ description: 'A cell as it could look.' })
  example: string;
}
