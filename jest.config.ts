/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// One run, three levels: unit (no I/O), integration (the real API over HTTP on
// a real PostgreSQL) and browser (headless Chromium against the same server).
const config: Config = {
  projects: [
    '<rootDir>/libs/domain/jest.config.ts',
    '<rootDir>/apps/api/jest.config.ts',
    '<rootDir>/apps/web/jest.config.ts',
    '<rootDir>/apps/web/jest.dom.config.ts',
    '<rootDir>/apps/api/jest.int.config.ts',
    '<rootDir>/apps/web-e2e/jest.config.ts',
  ],
};

export default config;
