import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app is built on its own (`npm run build:web`) into `web/dist`, which the
 * Fastify server serves as a single-page app: every non-`/api` path answers `index.html`.
 */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Phones on slow connections: modern syntax only, no source maps shipped.
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React, the router, TanStack Query and i18next change far less often than our
          // own code: keep them in one long-cached chunk so a redeploy costs a small download.
          groups: [{ name: 'framework', test: /node_modules/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000' },
    },
  },
});
