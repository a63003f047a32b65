/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const preset = require('../../jest.preset.js');

// Component tests: React components rendered into jsdom with Testing Library,
// the real i18next with the bokmål messages, a fresh TanStack Query client per test.
const config: Config = {
  ...preset,
  displayName: 'web-components',
  rootDir: '.',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.tsx'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-dom.ts'],
  // Mirrors the `@web/*` path alias of apps/web/tsconfig.json.
  moduleNameMapper: { ...preset.moduleNameMapper, '^@web/(.*)$': '<rootDir>/src/$1' },
};

export default config;
