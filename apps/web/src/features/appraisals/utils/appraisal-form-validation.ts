import {
  ROW_LISTS,
  type ActionRow,
  type AppraisalFormValues,
  type CompetenceLevelRow,
  type RowList,
} from './appraisal-form-values';

/** Message keys of the checks made before sending; the API checks the rest (scales, catalogue). */
export type AppraisalProblemKey =
  | 'appraisals.problems.duplicateCompetence'
  | 'appraisals.problems.competenceRequired'
  | 'appraisals.problems.levelRequired'
  | 'appraisals.problems.descriptionRequired'
  | 'appraisals.problems.heldInFuture'
  | 'appraisals.problems.noteRequired';

/** Problems per form field id (`heldOn`, `selfDeclarations.<row key>.level`, `note` …). */
export type AppraisalProblems = Record<string, AppraisalProblemKey>;

/** The form's field ids in the order they appear on the page: focus goes to the first problem. */
export function formFieldOrder(values: AppraisalFormValues): string[] {
  const fields = ['heldOn'];
  for (const list of ROW_LISTS) {
    for (const row of values[list]) {
      if (list === 'agreedActions') {
        fields.push(`${list}.${row.key}.description`, `${list}.${row.key}.dueOn`);
        fields.push(`${list}.${row.key}.competenceId`);
      } else if (list === 'teachingTopics') {
        fields.push(`${list}.${row.key}.competenceId`);
      } else {
        fields.push(`${list}.${row.key}.competenceId`, `${list}.${row.key}.level`);
      }
    }
  }
  fields.push('note');
  return fields;
}

export function firstProblemField(
  problems: Readonly<Record<string, unknown>>,
  values: AppraisalFormValues,
): string | null {
  return formFieldOrder(values).find((field) => field in problems) ?? null;
}

/**
 * A competence may appear once per list (the API refuses a repeat). The later
 * row gets the message: that is the one the leader just chose.
 */
function duplicateProblems(values: AppraisalFormValues): AppraisalProblems {
  const problems: AppraisalProblems = {};
  for (const list of ROW_LISTS) {
    const seen = new Set<string>();
    for (const row of values[list]) {
      if (!row.competenceId) continue;
      if (seen.has(row.competenceId)) {
        problems[`${list}.${row.key}.competenceId`] = 'appraisals.problems.duplicateCompetence';
      }
      seen.add(row.competenceId);
    }
  }
  return problems;
}

/**
 * What stops an autosave: only what the API would refuse. Unfinished rows do
 * not stop it; they are simply not sent until they are complete.
 */
export function draftProblems(values: AppraisalFormValues): AppraisalProblems {
  return duplicateProblems(values);
}

function incompleteLevelRows(list: RowList, rows: readonly CompetenceLevelRow[]) {
  const problems: AppraisalProblems = {};
  for (const row of rows) {
    if (!row.competenceId) {
      problems[`${list}.${row.key}.competenceId`] = 'appraisals.problems.competenceRequired';
    } else if (row.level === '') {
      problems[`${list}.${row.key}.level`] = 'appraisals.problems.levelRequired';
    }
  }
  return problems;
}

function incompleteActions(rows: readonly ActionRow[]): AppraisalProblems {
  const problems: AppraisalProblems = {};
  for (const row of rows) {
    if (!row.description.trim()) {
      problems[`agreedActions.${row.key}.description`] = 'appraisals.problems.descriptionRequired';
    }
  }
  return problems;
}

/**
 * Before "Signer og fullfør": every row finished (or removed), since a signed
 * record is what the employee gets; no repeats; a talk cannot be signed before
 * it is held.
 */
export function signOffProblems(values: AppraisalFormValues, today: string): AppraisalProblems {
  const problems: AppraisalProblems = {
    ...incompleteLevelRows('selfDeclarations', values.selfDeclarations),
    ...incompleteLevelRows('developmentWishes', values.developmentWishes),
    ...incompleteLevelRows('leaderAssessments', values.leaderAssessments),
    ...incompleteActions(values.agreedActions),
  };
  for (const row of values.teachingTopics) {
    if (!row.competenceId) {
      problems[`teachingTopics.${row.key}.competenceId`] = 'appraisals.problems.competenceRequired';
    }
  }
  Object.assign(problems, duplicateProblems(values));
  if (values.heldOn && values.heldOn > today) {
    problems.heldOn = 'appraisals.problems.heldInFuture';
  }
  return problems;
}

/** An amendment is a sign-off of the changed record, with the reason for the change. */
export function amendmentProblems(
  values: AppraisalFormValues,
  note: string,
  today: string,
): AppraisalProblems {
  const problems = signOffProblems(values, today);
  if (!note.trim()) problems.note = 'appraisals.problems.noteRequired';
  return problems;
}
