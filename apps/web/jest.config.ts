/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const preset = require('../../jest.preset.js');

const config: Config = {
  ...preset,
  displayName: 'web',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // Mirrors the `@web/*` path alias of apps/web/tsconfig.json.
  moduleNameMapper: { ...preset.moduleNameMapper, '^@web/(.*)$': '<rootDir>/src/$1' },
};

export default config;
