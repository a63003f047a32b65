import { createContext, useContext, type ReactNode } from 'react';
import type { Horizon } from '@web/gql/graphql';

/** What a measure can be made from in the gap views ("Lag tiltak"). */
export type GapMeasureSource =
  | { kind: 'gap'; requirementId: string; horizon: Horizon }
  | { kind: 'mobilisation'; fromRequirementId: string; toRequirementId: string; horizon: Horizon }
  | { kind: 'certificates'; unitId: string | null; municipalityId: string | null };

/** Renders the "Lag tiltak" link for a source; `label` names the row for screen readers. */
export type MeasureAction = (source: GapMeasureSource, label: string) => ReactNode;

/**
 * Given by the app for users who plan (the plans feature draws the link); absent for others
 * and where no plans are offered, so the gap views show no action column then. A context
 * keeps the gap views from depending on the plans feature, which depends on them.
 */
export const MeasureActionContext = createContext<MeasureAction | null>(null);

export function useMeasureAction(): MeasureAction | null {
  return useContext(MeasureActionContext);
}
