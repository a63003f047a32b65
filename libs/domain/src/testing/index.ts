// @kp/domain/testing: test-data generators for the agreement and property tests. Kept out of
// the public barrel (./index.ts) so the production bundle never carries them; import them as
// `@kp/domain/testing` (tsconfig.base.json paths and the Jest moduleNameMapper map it here).
export * from './random-organisation';
export * from './seeded-draws';
