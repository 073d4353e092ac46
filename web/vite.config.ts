import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './precompress.ts';
import { deferredPart, publicPart } from './src/i18n/deferred-namespaces.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * `@domain/…` is src/domain: the web shares the domain's pure vocabulary (statuses, channels,
 * event and notification types), never its policy (docs/decisions.md). vitest.config.ts says it too.
 */
const domainAlias = { '@domain': fileURLToPath(new URL('../src/domain', import.meta.url)) };

/**
 * Staff-only text (web/src/i18n/deferred-namespaces.ts) leaves the catalogues the main bundle
 * imports and is served as `virtual:deferred-translations`, which only the console imports.
 */
function deferredTranslations(): Plugin {
  const catalogue = /[\\/]src[\\/]i18n[\\/](id|en)\.json$/;
  const virtualId = 'virtual:deferred-translations';
  return {
    name: 'tanggap-deferred-translations',
    enforce: 'pre',
    resolveId: (id) => (id === virtualId ? `\0${virtualId}` : null),
    load(id) {
      if (id !== `\0${virtualId}`) return null;
      const read = (language: 'id' | 'en') => {
        const file = fileURLToPath(new URL(`./src/i18n/${language}.json`, import.meta.url));
        this.addWatchFile(file);
        return deferredPart(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
      };
      return `export default ${JSON.stringify({ id: read('id'), en: read('en') })};`;
    },
    transform(code, id) {
      if (!catalogue.test(id)) return null;
      return { code: JSON.stringify(publicPart(JSON.parse(code) as Record<string, unknown>)), map: null };
    },
  };
}

/**
 * The web app is built on its own (`npm run build:web`) into `web/dist`, which the
 * Fastify server serves as a single-page app: every non-`/api` path answers `index.html`.
 */
export default defineConfig({
  root: webRoot,
  plugins: [deferredTranslations(), react(), precompress()],
  resolve: { alias: domainAlias },
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
