import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { AppManifest } from '../events/manifest';

/** Resolves `rel` inside `dir`, or undefined when it would escape it (`..`, absolute paths, NUL). */
export function safeJoin(dir: string, rel: string): string | undefined {
  if (rel.includes('\0')) return undefined;
  const root = resolve(dir);
  const full = resolve(root, normalize(rel).replace(/^([/\\])+/, ''));
  return full === root || full.startsWith(root + sep) ? full : undefined;
}

export function readFileIn(dir: string, rel: string): Buffer | undefined {
  const file = safeJoin(dir, rel);
  if (!file || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return readFileSync(file);
}

/**
 * The host page's script: kept in parts (sandbox/page/host/, one per section) and served as the one module,
 * `host.js`, the page has always loaded. One file, because a frame's bridge looks for `window.__host` as soon as
 * the app calls it: ES imports would add requests before the script runs, and early calls would find no host.
 */
export const HOST_SCRIPT_PARTS = [
  'common.js',
  'theme.js',
  'sizing.js',
  'flags.js',
  'dialogs.js',
  'navigation.js',
  'realtime.js',
  'commands.js',
  'wiring.js',
  'jira-board.js',
] as const;

/** The parts of the host page's script in `pageDir`, joined in order (a blank line between two). */
export function hostPageScript(pageDir: string): string {
  return HOST_SCRIPT_PARTS.map((part) => readFileSync(join(pageDir, 'host', part), 'utf8')).join('\n');
}

export function resourceDir(manifest: AppManifest, rootDir: string, resourceKey: string): string | undefined {
  const resource = manifest.resources?.find((r) => r.key === resourceKey);
  return resource ? join(rootDir, resource.path) : undefined;
}

/**
 * Puts the bridge script first in `<head>`: `@forge/bridge` reads `window.__bridge` when its modules are
 * evaluated, so the bridge must exist before any script of the app runs, as Forge's own host arranges.
 */
export function injectBridge(html: string, frameId: string): string {
  const tag = `<script src="/__host/bridge.js?frame=${encodeURIComponent(frameId)}"></script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

/** The flattened translation keys of a locale file: `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. */
function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/** Every `{ i18n: key }` the manifest uses (module titles...): what Forge puts in `i18n-info.json`. */
function manifestI18nKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => manifestI18nKeys(v, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.i18n === 'string') out.add(record.i18n);
    Object.values(record).forEach((v) => manifestI18nKeys(v, out));
  }
  return out;
}

/** Builds what Forge serves under `__LOCALES__/` next to each resource (the shape `@forge/i18n` reads). */
export function createTranslations(manifest: AppManifest, rootDir: string) {
  const resources = manifest.translations?.resources ?? [];
  const read = (path: string): unknown => JSON.parse(readFileSync(join(rootDir, path), 'utf8'));
  return {
    info(): unknown {
      const translations: Record<string, Record<string, string>> = {};
      const used = manifestI18nKeys(manifest.modules);
      for (const resource of resources) {
        for (const [key, text] of Object.entries(flatten(read(resource.path)))) {
          if (!used.has(key)) continue;
          (translations[key] ??= {})[resource.key] = text;
        }
      }
      return {
        translations,
        config: {
          locales: resources.map((r) => r.key),
          fallback: manifest.translations?.fallback ?? { default: resources[0]?.key ?? 'en-US' },
        },
      };
    },
    locale(locale: string): unknown {
      const resource = resources.find((r) => r.key === locale);
      return resource ? read(resource.path) : undefined;
    },
  };
}

/** How long a frame's bridge call waits for the host page's script before it fails. */
export const HOST_WAIT_MS = 15_000;

/** The per-frame bridge: a file, not inline script, so the frame's CSP can forbid inline scripts. */
export function bridgeScript(frameId: string): string {
  return `/* Local Forge host: the Custom UI bridge of frame ${frameId.replace(/\*\//g, '')} */
(function () {
  'use strict';
  var frameId = ${JSON.stringify(frameId)};
  function host() {
    try {
      return window.parent && window.parent !== window ? window.parent.__host : undefined;
    } catch (e) {
      return undefined;
    }
  }
  // The frame may start before the host page's module script has run: wait for it rather than fail the call.
  function whenHost() {
    if (!window.parent || window.parent === window) {
      return Promise.reject(new Error('This Custom UI frame is not inside the local Forge host page.'));
    }
    return new Promise(function (resolve, reject) {
      var waited = 0;
      (function look() {
        var h = host();
        if (h) return resolve(h);
        if (waited >= ${HOST_WAIT_MS}) return reject(new Error('The local Forge host page did not start its bridge.'));
        waited += 25;
        setTimeout(look, 25);
      })();
    });
  }
  window.__bridge = {
    callBridge: function (name, payload) {
      return whenHost().then(function (h) {
        return h.call(frameId, name, payload, window);
      });
    }
  };
})();
`;
}

let tokensCss: string | undefined;

/** Atlaskit design tokens (light, dark and the non-colour themes), so `token()` CSS variables resolve. */
export function atlaskitTokensCss(): string {
  if (tokensCss === undefined) {
    const themes = [
      'atlassian-light',
      'atlassian-dark',
      'atlassian-spacing',
      'atlassian-typography',
      'atlassian-shape',
    ];
    tokensCss = themes
      .map((theme) => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const css = require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${theme}.js`) as { default: string };
        return `/* @atlaskit/tokens ${theme} */\n${css.default}`;
      })
      .join('\n');
  }
  return tokensCss;
}

/** The `data-theme` attribute Atlaskit's `setGlobalTheme` writes for the default themes. */
export const DATA_THEME = 'dark:dark light:light shape:shape spacing:spacing typography:typography';
