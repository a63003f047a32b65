// @kp/domain: framework-free domain logic (no Nest, TypeORM, React or I/O). Everything public
// is re-exported here; holder-index.ts is internal, and the test-data generators in testing/
// have their own entry point, @kp/domain/testing, so they stay out of the production bundle.
export * from './appraisal-content';
export * from './appraisal-figures';
export * from './appraisal-summary';
export * from './audit-places';
export * from './audit-rules';
export * from './competence-checks';
export * from './deterministic-random';
export * from './gap-analysis';
export * from './gap-report';
export * from './gap-rollup';
export * from './hr-import';
export * from './input-rules';
export * from './import-safety';
export * from './iso-date';
export * from './levels';
export * from './mobilisation';
export * from './norwegian-format';
export * from './organisation-tree';
export * from './professions';
export * from './protection';
export * from './realkompetanse';
export * from './requirement-rules';
export * from './sign-in-throttle';
export * from './spreadsheet-cell';
export * from './staffing-gap';
