/**
 * Each Custom UI module's initial JavaScript, from the built files (no browser needed): what a frame of that module
 * must download before it can render, gzip-compressed file by file as they are served.
 *
 * - A resource's entry graph: its index.html's `<script type="module">` and `<link rel="modulepreload">`, and
 *   every chunk they import statically (`import … from "./x.js"`), transitively.
 * - A module that shares its resource with others (`main` serves the survey macro and the admin page, routed by
 *   moduleKey in entry-main.tsx) also loads its page at once: the lazy chunk of static/app/src/pages/<module>/ and
 *   its own static imports. Without it every module of `main` would show the same figure, and a page growing would
 *   go unseen.
 * - The lazy chunk every first render awaits: the message formatter (intl-messageformat, which app/i18n.tsx
 *   `loadI18n` imports before any text can show). Lazy only so that it downloads alongside the translations; it is
 *   still JavaScript a frame needs before it is usable.
 * - Other lazy chunks (tabs, panels, locales, theme variants, iframe-resizer) are left out: they load later or in
 *   some contexts only. The Chromium rows of the table show what a real first render loaded; the two should agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadManifest } from '../../sandbox/events/manifest';
import type { Report } from './report';

const PAGES_DIR = path.resolve(__dirname, '../../static/app/src/pages');

export interface UiModule {
  /** The module key; a macro's config screen is `<macro key>-config`. */
  name: string;
  resource: string;
  /** The built resource directory (manifest `resources[].path`). */
  dir: string;
}

/** Every module of the manifest that declares a Custom UI `resource`, and every macro config screen. */
export function uiModules(manifestPath: string): UiModule[] {
  const { manifest, rootDir } = loadManifest(manifestPath);
  const dirOf = (resource: string) => {
    const declared = manifest.resources?.find((r) => r.key === resource);
    if (!declared) throw new Error(`manifest.yml: no resource "${resource}"`);
    return path.join(rootDir, declared.path);
  };
  const modules: UiModule[] = [];
  for (const declarations of Object.values(manifest.modules ?? {})) {
    for (const module of declarations ?? []) {
      if (typeof module.resource === 'string') {
        modules.push({ name: module.key, resource: module.resource, dir: dirOf(module.resource) });
      }
      const config = (module.config as { resource?: unknown } | undefined)?.resource;
      if (typeof config === 'string') {
        modules.push({ name: `${module.key}-config`, resource: config, dir: dirOf(config) });
      }
    }
  }
  return modules;
}

/** Static imports only: `import(…)` (a lazy chunk) starts with a parenthesis and does not match. */
const STATIC_IMPORT = /\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*[`'"](\.{1,2}\/[^`'"]+\.js)[`'"]\s*\)/g;

const specifiers = (file: string, pattern: RegExp) =>
  [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => path.resolve(path.dirname(file), m[1]!));

/** `roots` and every chunk they import statically. */
function staticGraph(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...specifiers(file, STATIC_IMPORT));
  }
  return seen;
}

/** The scripts index.html starts: the module script and its modulepreload links. */
function htmlEntries(dir: string): string[] {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const entries: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = Object.fromEntries(
      [...tag.matchAll(/\b(src|href|rel|type)\s*=\s*["']([^"']*)["']/gi)].map((m) => [
        m[1]!.toLowerCase(),
        m[2]!,
      ]),
    );
    if (tag.toLowerCase().startsWith('<script') && attrs.type === 'module' && attrs.src) {
      entries.push(path.resolve(dir, attrs.src));
    } else if (attrs.rel === 'modulepreload' && attrs.href) {
      entries.push(path.resolve(dir, attrs.href));
    }
  }
  return entries;
}

/** `<Name>-<8-character hash>.js`, the name being a file of static/app/src/pages/<module>/. */
function pageChunks(module: UiModule, lazyChunks: string[]): string[] {
  const pageDir = path.join(PAGES_DIR, module.name);
  if (!existsSync(pageDir)) return [];
  const names = readdirSync(pageDir).map((file) => file.replace(/\.[jt]sx?$/, ''));
  return lazyChunks.filter((chunk) => {
    const base = path.basename(chunk);
    return names.some(
      (name) => base.startsWith(`${name}-`) && /^[\w-]{8}\.js$/.test(base.slice(name.length + 1)),
    );
  });
}

function sizes(files: Iterable<string>) {
  let raw = 0;
  let gzip = 0;
  let count = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    count += 1;
  }
  return { count, raw, gzip };
}

/** The lazy chunks that every first render awaits, whichever the module (see the header). */
const AWAITED = /^intl-messageformat-[\w-]{8}\.js$/;

/**
 * A module's initial files: its resource's entry graph, the lazy chunks every first render awaits, and its own page
 * chunk, with what they import statically.
 */
export function initialFiles(module: UiModule): {
  entry: Set<string>;
  pages: string[];
  awaited: string[];
  initial: Set<string>;
} {
  const entry = staticGraph(htmlEntries(module.dir));
  const lazy = [...new Set([...entry].flatMap((file) => specifiers(file, DYNAMIC_IMPORT)))];
  const pages = pageChunks(module, lazy);
  const awaited = lazy.filter((file) => AWAITED.test(path.basename(file)));
  return { entry, pages, awaited, initial: staticGraph([...entry, ...awaited, ...pages]) };
}

export function measureBundles(report: Report, manifestPath: string): void {
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  for (const module of uiModules(manifestPath)) {
    const { entry, pages, awaited, initial } = initialFiles(module);
    const all = sizes(initial);
    const shared = sizes(entry);
    // SurveyView-C-l2QaT_.js → SurveyView: the hash changes with every build.
    const names = pages.map((page) => path.basename(page).slice(0, -'-12345678.js'.length));
    const what = ['entry', ...(awaited.length > 0 ? ['message formatter'] : []), ...names].join(' + ');
    report.row(
      `${module.name}: initial JS of resource ${module.resource}, ${what} (files / raw KiB / gzip KiB)`,
      `${all.count} / ${kib(all.raw)} / ${kib(all.gzip)}` +
        (pages.length > 0
          ? ` (shared entry alone: ${shared.count} / ${kib(shared.raw)} / ${kib(shared.gzip)})`
          : ''),
    );
    report.figure(`ui.${module.name}.gzipBytes`, all.gzip);
    report.figure(`ui.${module.name}.files`, all.count);
  }
}
