import type * as NodeUtil from 'node:util';
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The machine may be busy (parallel suites, and Jest runs a file per core): give findBy/waitFor room before calling
// a failure. Only a failing wait lasts this long; none of these tests waits for something not to happen.
configure({ asyncUtilTimeout: 10000 });

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

// Every browser has TextEncoder/TextDecoder (the results domain hashes criterion texts with it); jsdom does not.
if (typeof globalThis.TextEncoder === 'undefined') {
  const { TextEncoder, TextDecoder } = jest.requireActual<typeof NodeUtil>('node:util');
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

// Same stand-ins as the Vite build (static/app/vite.config.ts aliases them).
jest.mock('@atlaskit/button/icon/button', () =>
  jest.requireActual<object>('../../static/app/src/vendor/icon-button'),
);
jest.mock('@atlaskit/feature-gate-js-client/feature-gates', () =>
  jest.requireActual<object>('../../static/app/src/vendor/feature-gates'),
);

/*
 * @atlaskit/modal-dialog renders react-scrolllock's LockToggle, a function component with `defaultProps`, which
 * React 18.3 reports once per run ("Support for defaultProps will be removed from function components"). The code is
 * inside Atlaskit, not ours, so exactly that message is dropped; every other console.error still prints.
 */
const consoleError = console.error.bind(console);
jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  const [format, component] = args;
  if (
    typeof format === 'string' &&
    format.includes('Support for defaultProps will be removed from function components') &&
    component === 'LockToggle'
  )
    return;
  consoleError(...args);
});
