interface ScaleStep {
  level: number;
  description: string;
}

/** The description of a level on a competence's own scale, or null if the scale lacks it. */
export function levelDescription(scale: readonly ScaleStep[], level: number): string | null {
  return scale.find((step) => step.level === level)?.description ?? null;
}
