// Shared Jest settings: SWC transpiles TypeScript with decorator metadata
// (TypeORM and class-validator read it), to CommonJS for Jest's module registry.
const path = require('node:path');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|tsx|js)$': swcTransform },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@kp/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    // test-data generators: tests only, never in the public barrel (docs/domain.md)
    '^@kp/domain/testing$': path.join(__dirname, 'libs/domain/src/testing/index.ts'),
  },
};
