/** Query keys of the KOSTRA feature. */
export const kostraKeys = {
  all: ['kostra'] as const,
  comparison: (municipalityId: string) =>
    [...kostraKeys.all, 'comparison', municipalityId] as const,
  ownFigure: (municipalityId: string) => [...kostraKeys.all, 'own', municipalityId] as const,
};
