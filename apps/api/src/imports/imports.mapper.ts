import type { ImportRunView } from './import-undo.service';
import { ImportColumn, ImportKindEnum } from './models/import-column.model';
import { ImportRun, ImportUndoStatus } from './models/import-run.model';
import { importFields } from '@kp/domain';

export function importColumns(kind: ImportKindEnum): ImportColumn[] {
  return importFields(kind).map((spec) => ({
    field: spec.field,
    header: spec.label,
    required: spec.required,
    alsoAccepted: spec.aliases.filter((alias) => alias !== spec.label),
    description: spec.description,
    example: spec.example,
  }));
}

export function toImportRun(run: ImportRunView): ImportRun {
  return {
    id: run.id,
    kind: run.kind === 'employees' ? ImportKindEnum.EMPLOYEES : ImportKindEnum.QUALIFICATIONS,
    fileName: run.fileName,
    viaCommandLine: run.via === 'cli',
    appliedAt: run.appliedAt,
    appliedByName: run.appliedByName,
    unitName: run.unitName,
    created: run.counts.created ?? 0,
    updated: run.counts.updated ?? 0,
    unchanged: run.counts.unchanged ?? 0,
    deactivated: run.counts.deactivated ?? 0,
    undoableUntil: run.undoUntil,
    undoneAt: run.undoneAt,
    undoneByName: run.undoneByName,
    undoStatus: ImportUndoStatus[run.undoStatus],
    undoBlockedReason: run.undoBlockedReason,
  };
}
