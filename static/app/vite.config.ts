/**
 * Custom UI build. Two builds share this file (see package.json `build`):
 *   --mode main   → static/app/build/main    (manifest resource `main`: survey macro + admin page, routed by moduleKey)
 *   --mode config → static/app/build/config  (manifest resource `config`: the macro config screen)
 *   --mode banner → static/app/build/banner  (manifest resource `banner`: the page banner, no React)
 * Forge serves a resource from a sub-path, so every asset URL is relative (`base: './'`). The main build also
 * copies public/main/ as it is (the Jira issue panel's `icon: resource:main;icon.svg`).
 * Loaded with `--configLoader runner` (package.json `build`): Vite's module runner evaluates this file as ESM, as
 * written, whatever the root package's type (CommonJS here, for jest.config.js and the CJS tooling).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));
const ENTRIES = ['main', 'config', 'banner'] as const;
type Entry = (typeof ENTRIES)[number];

export default defineConfig(({ mode }) => {
  if (!(ENTRIES as readonly string[]).includes(mode)) {
    throw new Error(`static/app/vite.config.ts: unknown --mode "${mode}" (expected ${ENTRIES.join(' or ')})`);
  }
  const entry = mode as Entry;
  return {
    // Each build has its own root holding one index.html, so the output is build/<entry>/index.html.
    root: `${here}pages/${entry}`,
    base: './',
    publicDir: entry === 'main' ? `${here}public/main` : false,
    envDir: here,
    plugins: [react()],
    resolve: {
      alias: [
        {
          find: /^@shared\//,
          replacement: `${fileURLToPath(new URL('../../src/shared', import.meta.url))}/`,
        },
        {
          find: /^@domain\//,
          replacement: `${fileURLToPath(new URL('../../src/domain', import.meta.url))}/`,
        },
        // See src/vendor/feature-gates.ts: same answers as the uninitialised Statsig client, a fraction of the size.
        {
          find: /^@atlaskit\/feature-gate-js-client\/feature-gates$/,
          replacement: `${here}src/vendor/feature-gates.ts`,
        },
        // See src/vendor/forge-bridge.ts: the parts of the bridge the app calls, not all of them.
        { find: /^@forge\/bridge$/, replacement: `${here}src/vendor/forge-bridge.ts` },
        // See src/vendor/icon-button.tsx: the icon button without the tooltip that brings Popper into every module.
        {
          find: /^@atlaskit\/button\/icon\/button$/,
          replacement: `${here}src/vendor/icon-button.tsx`,
        },
      ],
    },
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      outDir: `${here}build/${entry}`,
      emptyOutDir: true,
      target: 'es2022',
      // Forge's CSP forbids inline scripts; modern browsers need no modulepreload polyfill.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      sourcemap: false,
      reportCompressedSize: true,
      chunkSizeWarningLimit: 400,
    },
  };
});
