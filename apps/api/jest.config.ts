/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const preset = require('../../jest.preset.js');

/** Unit tests of the API's pure pieces (no I/O). */
const config: Config = {
  ...preset,
  displayName: 'api',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};

export default config;
