import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import fs from 'node:fs';
import path from 'node:path';

/*
 * Atlaskit's CommonJS builds `require('./x.compiled.css')` (and @atlaskit/css-reset *is* a CSS file). Jest cannot run
 * CSS, so every such stylesheet is mocked as an empty module. (A `moduleNameMapper` entry `'\\.css$'` in
 * jest.config.js would do the same; this keeps the workaround inside test/ui.)
 */
function cssFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) cssFiles(full, out);
    else if (entry.name.endsWith('.css')) out.push(full);
  }
  return out;
}
/** Every `@atlaskit/*` package's CommonJS stylesheets, nested copies (`x/node_modules/@atlaskit/y`) included. */
function atlaskitCss(nodeModules: string, out: string[] = []): string[] {
  for (const name of fs.readdirSync(nodeModules)) {
    if (name.startsWith('.')) continue;
    const scoped = name.startsWith('@');
    const packages = scoped
      ? fs.readdirSync(path.join(nodeModules, name)).map((p) => `${name}/${p}`)
      : [name];
    for (const pkg of packages) {
      const dir = path.join(nodeModules, pkg);
      if (pkg.startsWith('@atlaskit/')) {
        const cjs = path.join(dir, 'dist', 'cjs');
        if (fs.existsSync(cjs)) cssFiles(cjs, out);
        if (pkg === '@atlaskit/css-reset') out.push(path.join(dir, 'dist', 'bundle.css'));
      }
      const nested = path.join(dir, 'node_modules');
      if (fs.existsSync(nested)) atlaskitCss(nested, out);
    }
  }
  return out;
}
const files = atlaskitCss(path.resolve(__dirname, '../../node_modules'));
for (const file of files) jest.mock(file, () => ({}));

// The machine may be busy (parallel suites): give findBy/waitFor room before calling a failure.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks a few browser APIs Atlaskit touches.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// Same feature-gate stand-in as the Vite build (static/app/vite.config.ts aliases it).
jest.mock('@atlaskit/feature-gate-js-client/feature-gates', () =>
  jest.requireActual<object>('../../static/app/src/vendor/feature-gates'),
);
