import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

/** The parts of manifest.yml the host reads. Anything else is left to @forge/manifest's validation. */
export interface AppManifest {
  modules?: Record<string, ModuleDeclaration[] | undefined>;
  resources?: { key: string; path: string }[];
  translations?: {
    resources: { key: string; path: string }[];
    fallback: { default: string } & Record<string, string | string[]>;
  };
  app?: { id?: string };
}

export interface ModuleDeclaration {
  key: string;
  [property: string]: unknown;
}

export interface LoadedManifest {
  manifest: AppManifest;
  /** The directory holding manifest.yml: resource and translation paths are relative to it. */
  rootDir: string;
}

export function loadManifest(manifestPath: string): LoadedManifest {
  const manifest = parse(readFileSync(manifestPath, 'utf8')) as AppManifest;
  return { manifest, rootDir: dirname(resolve(manifestPath)) };
}

export function modulesOf(manifest: AppManifest, type: string): ModuleDeclaration[] {
  return manifest.modules?.[type] ?? [];
}

/** A function module's handler, called the way the platform calls it (event or request first, then context). */
export type ForgeFunction = (first: unknown, second?: unknown) => unknown;

export interface FunctionRegistry {
  /** The handler of a `function` module, by its key; throws when the manifest or the code lacks it. */
  get(functionKey: string): ForgeFunction;
}

/**
 * Resolves `function` modules the way Forge does: `handler: index.handler` is the export `handler` of
 * `<srcDir>/index`. Modules are loaded lazily so that the globals are installed before the app's code runs.
 * `loaded` gives a handler file's exports instead (`{ index: app }`): tests run the app built with their own clock.
 */
export function createFunctionRegistry(
  manifest: AppManifest,
  srcDir: string,
  loaded: Record<string, Record<string, unknown>> = {},
): FunctionRegistry {
  const cache = new Map<string, ForgeFunction>();
  return {
    get(functionKey) {
      const cached = cache.get(functionKey);
      if (cached) return cached;
      const declaration = modulesOf(manifest, 'function').find((fn) => fn.key === functionKey);
      const handler = declaration?.handler;
      if (typeof handler !== 'string' || !handler.includes('.')) {
        throw new Error(`manifest.yml has no function module "${functionKey}" with a handler`);
      }
      const dot = handler.lastIndexOf('.');
      const file = join(srcDir, handler.slice(0, dot));
      const exportName = handler.slice(dot + 1);
      const exports =
        loaded[handler.slice(0, dot)] ??
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require(file) as Record<string, unknown>);
      const fn = exports[exportName];
      if (typeof fn !== 'function') {
        throw new Error(`${handler}: ${file} does not export a function "${exportName}"`);
      }
      cache.set(functionKey, fn as ForgeFunction);
      return fn as ForgeFunction;
    },
  };
}
