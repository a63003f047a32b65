import {
  emptyActionRow,
  emptyCompetenceLevelRow,
  emptySelfDeclarationRow,
  emptyTeachingTopicRow,
  type AppraisalFormValues,
  type RowList,
} from './appraisal-form-values';

type RowOf<L extends RowList> = AppraisalFormValues[L][number];

function emptyRow<L extends RowList>(list: L): RowOf<L> {
  switch (list) {
    case 'selfDeclarations':
      return emptySelfDeclarationRow();
    case 'teachingTopics':
      return emptyTeachingTopicRow();
    case 'agreedActions':
      return emptyActionRow();
    default:
      return emptyCompetenceLevelRow();
  }
}

/** Adds an empty row at the end of a list; returns the new values and the row's key. */
export function addRow<L extends RowList>(
  values: AppraisalFormValues,
  list: L,
): { values: AppraisalFormValues; key: string } {
  const row = emptyRow(list);
  return { values: { ...values, [list]: [...values[list], row] }, key: row.key };
}

/**
 * Removes a row; also says which row should get focus next (the one that
 * took its place, else the one before, else none: focus goes to "Legg til").
 */
export function removeRow(
  values: AppraisalFormValues,
  list: RowList,
  key: string,
): { values: AppraisalFormValues; focusKey: string | null } {
  const rows = values[list] as ReadonlyArray<{ key: string }>;
  const index = rows.findIndex((row) => row.key === key);
  if (index < 0) return { values, focusKey: null };
  const remaining = rows.filter((row) => row.key !== key);
  const focus = remaining[index] ?? remaining[index - 1] ?? null;
  return { values: { ...values, [list]: remaining }, focusKey: focus?.key ?? null };
}

/**
 * Changes fields of one row. Choosing another competence clears the level,
 * since levels belong to the competence's own scale.
 */
export function updateRow<L extends RowList>(
  values: AppraisalFormValues,
  list: L,
  key: string,
  patch: Partial<RowOf<L>>,
): AppraisalFormValues {
  const rows = values[list] as ReadonlyArray<RowOf<L>>;
  return {
    ...values,
    [list]: rows.map((row) => {
      if (row.key !== key) return row;
      const next = { ...row, ...patch };
      if (
        'competenceId' in patch &&
        'level' in row &&
        !('level' in patch) &&
        patch.competenceId !== row.competenceId
      ) {
        return { ...next, level: '' };
      }
      return next;
    }),
  };
}
