/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const preset = require('../../jest.preset.js');

/**
 * Integration tests: the built API, started once per run against an embedded
 * PostgreSQL (see test/support/global-setup.ts), spoken to over HTTP.
 */
const config: Config = {
  ...preset,
  displayName: 'api-integration',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
};

export default config;
