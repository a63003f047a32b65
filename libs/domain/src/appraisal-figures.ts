/** A number of people as the statistics show it: exact, or built from rounded groups. */
export interface PeopleFigure {
  value: number | null;
}

export interface CompletionFigures<F extends PeopleFigure> {
  employees: F;
  completed: F;
  /** Signed-off talks per employee; null when there is no one (or a figure is missing). */
  completedShare: number | null;
}

/**
 * Employees, signed-off talks and their share. The share is taken from the figures as shown
 * (rounded ones included), so it always agrees with the two numbers beside it.
 */
export function completionFigures<F extends PeopleFigure>(
  employees: F,
  completed: F,
): CompletionFigures<F> {
  return {
    employees,
    completed,
    completedShare:
      employees.value === null || completed.value === null || employees.value === 0
        ? null
        : completed.value / employees.value,
  };
}
