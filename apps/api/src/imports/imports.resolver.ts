import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { ImportUndoService } from './import-undo.service';
import { ImportColumn, ImportKindEnum } from './models/import-column.model';
import { ImportRun, ImportUndoResult } from './models/import-run.model';
import { importColumns, toImportRun } from './imports.mapper';
import { IntBetween } from '../common/validation/argument.pipes';
import { SIZE_BOUNDS } from '../graphql/query-cost';

export const MAX_HISTORY = SIZE_BOUNDS.importRunsFirst.max;

@Resolver()
export class ImportsResolver {
  constructor(private readonly undo: ImportUndoService) {}

  @Query(() => [ImportColumn], {
    description:
      'The columns an import reads, in template order: the same definitions the parser, the templates and docs/imports.md use.',
  })
  importColumns(
    @Args('kind', { type: () => ImportKindEnum }) kind: ImportKindEnum,
  ): ImportColumn[] {
    return importColumns(kind);
  }

  @Query(() => [ImportRun], {
    description:
      "A municipality's applied import runs, newest first, with whether each can be undone.",
  })
  async importRuns(
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }, new IntBetween('Antall', 1, MAX_HISTORY))
    first: number,
    @Context() context: GraphQLContext,
  ): Promise<ImportRun[]> {
    const runs = await this.undo.history(requireActor(context), municipalityId, first);
    return runs.map(toImportRun);
  }

  @Mutation(() => ImportUndoResult, {
    description:
      'Undoes an applied import run: employees get back what they had, what it created is removed. Refused once anything it touched has changed, after 30 days, or when already undone.',
  })
  async undoImportRun(
    @Args('runId', { type: () => ID }) runId: string,
    @Context() context: GraphQLContext,
  ): Promise<ImportUndoResult> {
    const outcome = await this.undo.undo({ actor: requireActor(context), via: 'http' }, runId);
    return { ...outcome, run: toImportRun(outcome.run) };
  }
}
