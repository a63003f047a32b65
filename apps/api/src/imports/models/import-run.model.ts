import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportKindEnum } from './import-column.model';

export enum ImportUndoStatus {
  UNDOABLE = 'UNDOABLE',
  UNDONE = 'UNDONE',
  EXPIRED = 'EXPIRED',
  BLOCKED = 'BLOCKED',
}

registerEnumType(ImportUndoStatus, {
  name: 'ImportUndoStatus',
  description:
    'UNDOABLE: can be undone now; UNDONE: already undone; EXPIRED: past the undo window; BLOCKED: something it touched has changed since (see undoBlockedReason).',
});

@ObjectType({ description: 'An applied import run, for the import history.' })
export class ImportRun {
  @Field(() => ID, { description: 'The run id of the report and the audit log.' })
  id: string;

  @Field(() => ImportKindEnum)
  kind: ImportKindEnum;

  @Field(() => String, { nullable: true })
  fileName: string | null;

  @Field({ description: 'Applied from the command line rather than the web app.' })
  viaCommandLine: boolean;

  @Field({ description: 'ISO timestamp.' })
  appliedAt: string;

  @Field(() => String, { nullable: true, description: 'Who applied it (null: command line).' })
  appliedByName: string | null;

  @Field(() => String, { nullable: true, description: 'The unit the run was limited to.' })
  unitName: string | null;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int, { description: 'Employees deactivated (always 0 for qualifications).' })
  deactivated: number;

  @Field({ description: 'ISO timestamp: the end of the undo window.' })
  undoableUntil: string;

  @Field(() => String, { nullable: true, description: 'ISO timestamp.' })
  undoneAt: string | null;

  @Field(() => String, { nullable: true })
  undoneByName: string | null;

  @Field(() => ImportUndoStatus)
  undoStatus: ImportUndoStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why the run cannot be undone (Norwegian), when BLOCKED.',
  })
  undoBlockedReason: string | null;
}

@ObjectType({ description: 'What undoing a run did.' })
export class ImportUndoResult {
  @Field(() => ImportRun)
  run: ImportRun;

  @Field(() => Int, { description: 'Employees given back what they had before the run.' })
  employeesRestored: number;

  @Field(() => Int, { description: 'Employees the run had created, removed again.' })
  employeesRemoved: number;

  @Field(() => Int)
  qualificationsRemoved: number;

  @Field(() => Int)
  assessmentsRemoved: number;
}
