/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const preset = require('../../jest.preset.js');

/** Browser tests: headless Chromium against the same test server as the integration tests. */
const config: Config = {
  ...preset,
  displayName: 'web-e2e',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/../api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/../api/test/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/src/support/jest-setup.ts'],
};

export default config;
