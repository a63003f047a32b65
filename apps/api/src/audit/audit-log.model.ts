import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Label } from '../common/validation/label.decorator';
import { IsIsoDate } from '../common/validation/iso-date.decorator';

@ObjectType({ description: 'One entry of the append-only audit log.' })
export class AuditLogEntry {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ISO timestamp.' })
  at: string;

  @Field(() => String, { nullable: true })
  actorEmail: string | null;

  @Field({ description: 'e.g. employee.read, employee.list, employee.update, employee.erase' })
  action: string;

  @Field()
  entityType: string;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field(() => ID, { nullable: true })
  employeeId: string | null;

  @Field(() => Int, { description: 'How many persons the entry concerns (lists name many).' })
  employeeCount: number;

  @Field(() => ID, { nullable: true })
  municipalityId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit concerned: of a unit change, or where everyone the entry names works.',
  })
  unitId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The session the request was made in (its id, never its token).',
  })
  sessionId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The client's address (forwarded addresses only from trusted proxies).",
  })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the record before a change.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the record after a change.' })
  after: string | null;

  @Field(() => String, { nullable: true })
  details: string | null;
}

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  @Label('Ansatt')
  @IsOptional()
  @IsUUID('all')
  employeeId?: string;

  @Field(() => ID, { nullable: true })
  @Label('Kommune')
  @IsOptional()
  @IsUUID('all')
  municipalityId?: string;

  @Field(() => Int, { nullable: true, defaultValue: 100 })
  @Label('Antall')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'First day (ISO date, Norwegian calendar) of entries to include.',
  })
  @Label('Fra dato')
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day (ISO date, Norwegian calendar, inclusive) of entries to include.',
  })
  @Label('Til dato')
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Entries after this one in the log's order (newest first: time, then id): the id of the last entry shown.",
  })
  @Label('Fra oppføring')
  @IsOptional()
  before?: string;
}
