/**
 * Stand-in for `@forge/bridge` in the Custom UI build (aliased in vite.config.ts): the parts the app calls,
 * from the package's own files.
 *
 * The package's entry is CommonJS that re-exports all of its parts (`__exportStar`), so a bundler cannot drop
 * the ones unused: every module shipped the object store, realtime, Rovo, feature flags, custom metrics, the egress
 * filter… (~7 kB gzip). The package's `exports` map hides these files, hence the relative paths. The tests and the
 * types still use the package as it is: these are the same objects.
 */
export { view } from '../../../../node_modules/@forge/bridge/out/view/view';
export { invoke } from '../../../../node_modules/@forge/bridge/out/invoke/invoke';
export * as i18n from '../../../../node_modules/@forge/bridge/out/i18n/index';
export { router } from '../../../../node_modules/@forge/bridge/out/router/router';
export { realtime } from '../../../../node_modules/@forge/bridge/out/realtime/realtime';
