/**
 * A figure about people as the API gives it: a value, rounded where the caller may not see
 * the people behind it (shown as "≈ 120"). `suppressed` is from the old rule and kept by the
 * API for older clients; it is never true any more, but a hidden figure is still never 0.
 */
export interface FigureLike {
  value: number | null;
  suppressed: boolean;
  reason: string | null;
  rounded?: boolean | null;
}

/** Some of the figures are rounded: the page says what that means. */
export function anyRounded(figures: Iterable<FigureLike | null | undefined>): boolean {
  for (const figure of figures) if (figure?.rounded) return true;
  return false;
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
