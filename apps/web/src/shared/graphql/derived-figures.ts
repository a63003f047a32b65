/**
 * Root query key of the figures derived from people, competence and requirements: the gap
 * views. Every change to employees, assessments, qualifications, appraisals or requirements
 * marks them stale, so a leader who records an appraisal and goes back to the gap chart sees
 * it move. It lives here, not in the gaps feature, so the features that change the data need
 * not depend on the one that shows the figures.
 */
export const DERIVED_FIGURES_KEY = ['gaps'] as const;
