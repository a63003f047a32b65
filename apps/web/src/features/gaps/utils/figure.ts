/** A figure about people as the API gives it: a value, or hidden with a reason. */
export interface FigureLike {
  value: number | null;
  suppressed: boolean;
  reason: string | null;
}

/** The value to compute with, or null when hidden (never 0: a hidden figure is not zero). */
export function visibleValue(figure: FigureLike | null | undefined): number | null {
  if (!figure || figure.suppressed) return null;
  return figure.value;
}

export function isHidden(figure: FigureLike | null | undefined): boolean {
  return !!figure?.suppressed;
}

/** The distinct reasons among hidden figures, for a note under a table. */
export function hiddenReasons(figures: Iterable<FigureLike | null | undefined>): string[] {
  const reasons = new Set<string>();
  for (const figure of figures) {
    if (figure?.suppressed && figure.reason) reasons.add(figure.reason);
  }
  return [...reasons].sort();
}
