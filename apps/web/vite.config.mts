import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
// KP_DIST_DIR lets parallel work loops build into folders of their own.
const outDir = fileURLToPath(
  new URL(`../../${process.env.KP_DIST_DIR || 'dist'}/apps/web`, import.meta.url),
);

// In development the API runs on its own port; in production it serves this app itself.
const apiProxy = {
  '/graphql': 'http://localhost:3000',
  '/health': 'http://localhost:3000',
};

export default defineConfig({
  root: appRoot,
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  build: {
    outDir,
    emptyOutDir: true,
    // Maps without a sourceMappingURL comment; tools/build.mjs moves them out of the served
    // folder (to <dist>/apps/web-sourcemaps), so production serves no source (docs/deployment.md).
    sourcemap: 'hidden',
  },
  server: { port: 4200, proxy: apiProxy },
  preview: { port: 4300, proxy: apiProxy },
});
