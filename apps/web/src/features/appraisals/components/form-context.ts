import type { CompetenceIndex } from '../utils/competence-index';

/** What every part of the appraisal form needs: ids, messages and the competences. */
export interface FormContext {
  /** The element id of a form field (`selfDeclarations.<key>.level` → a DOM id). */
  fieldId: (field: string) => string;
  /** Messages to show at a field (already translated); empty when it is fine. */
  errorsFor: (field: string) => string[];
  index: CompetenceIndex;
}
