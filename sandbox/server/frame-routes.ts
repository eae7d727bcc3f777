/**
 * Frames and their resources: the app's Custom UI served into each frame (its files, with the bridge first and
 * Forge's CSP, and its translations), modals opened from a frame, and a macro's settings submitted from its
 * config screen.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppManifest } from '../events/manifest';
import { mayEditPage, pageById, type DemoSite } from '../products/site';
import { appFrameCsp, contentTypeOf, HttpError, readJson, sendJson, sendText, stringField } from './http';
import { preferencesOf } from './preferences';
import { injectBridge, readFileIn, resourceDir, type createTranslations } from './resources';
import type { Frame, HostState } from './state';

/** The frame a bridge call names (`frame` of its body): a 404 when the host did not hand it out. */
export function frameOf(state: HostState, body: unknown): Frame {
  const frame = state.frame(stringField(body, 'frame'));
  if (!frame) throw new HttpError(404, 'unknown frame: reload the page');
  return frame;
}

export interface FrameRoutesOptions {
  site: DemoSite;
  state: HostState;
  manifest: AppManifest;
  /** The app's directory: resources are relative to it. */
  rootDir: string;
  translations: ReturnType<typeof createTranslations>;
  /** The manifest allows inline styles (`permissions.content.styles: [unsafe-inline]`). */
  allowInlineStyles: boolean;
}

export function createFrameRoutes(options: FrameRoutesOptions) {
  const { site, state, manifest, rootDir, translations, allowInlineStyles } = options;

  return async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<false | void> {
    const method = req.method ?? 'GET';
    const path = url.pathname;

    if (method === 'POST' && path === '/__host/submit') {
      const body = (await readJson(req)) as { payload?: { config?: unknown } };
      const frame = frameOf(state, body);
      if (frame.kind !== 'macro-config' || !frame.macroLocalId)
        return sendJson(res, 200, { submitted: false });
      const macroOf = state.macros.get(frame.macroLocalId);
      const page = macroOf ? pageById(site, macroOf.pageId) : undefined;
      const persona = preferencesOf(req, url).persona;
      // In Confluence a macro's settings are part of the page: only those who may edit the page change them.
      if (!page || !mayEditPage(persona, page))
        throw new HttpError(
          403,
          `${persona.displayName} may not edit the page "${page?.title ?? macroOf?.pageId ?? ''}", so not the settings of its macro`,
        );
      const config = body.payload?.config;
      if (typeof config !== 'object' || config === null || Array.isArray(config))
        throw new HttpError(400, 'submit needs { config: {...} }');
      if (JSON.stringify(config).length > 32 * 1024) throw new HttpError(413, 'macro config too large');
      const macro = state.setMacroConfig(frame.macroLocalId, config as Record<string, unknown>);
      return sendJson(res, 200, { submitted: true, macro });
    }

    if (method === 'POST' && path === '/__host/frames') {
      const body = (await readJson(req)) as { resource?: string | null; context?: unknown };
      const parent = frameOf(state, body);
      try {
        const frame = state.openModal(parent.id, body.resource ?? null, body.context ?? {});
        return sendJson(res, 200, { frameId: frame.id, resourceKey: frame.resourceKey });
      } catch (error) {
        throw new HttpError(400, error instanceof Error ? error.message : String(error));
      }
    }

    const app = /^\/app\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)\/(.*)$/.exec(path);
    if (method === 'GET' && app) {
      const [, resourceKey, frameId, restRaw] = app as unknown as [string, string, string, string];
      const frame = state.frame(frameId);
      if (!frame || frame.resourceKey !== resourceKey)
        throw new HttpError(404, 'unknown frame for this resource');
      const rest = decodeURIComponent(restRaw) || 'index.html';
      const headers = {
        'content-security-policy': appFrameCsp(allowInlineStyles),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      };
      if (rest === '__LOCALES__/i18n-info.json') return sendJson(res, 200, translations.info(), headers);
      const locale = /^__LOCALES__\/([A-Za-z-]+)\.json$/.exec(rest);
      if (locale) {
        const content = translations.locale(locale[1]!);
        if (content === undefined) throw new HttpError(404, 'no such locale');
        return sendJson(res, 200, content, headers);
      }
      const dir = resourceDir(manifest, rootDir, resourceKey);
      if (!dir) throw new HttpError(404, 'no such resource');
      const file = readFileIn(dir, rest);
      if (!file) {
        if (rest === 'index.html')
          throw new HttpError(404, `resource "${resourceKey}" is not built: run npm run build`);
        throw new HttpError(404, 'no such file');
      }
      if (rest === 'index.html') {
        return sendText(
          res,
          200,
          'text/html; charset=utf-8',
          injectBridge(file.toString('utf8'), frame.id),
          headers,
        );
      }
      return sendText(res, 200, contentTypeOf(rest), file, headers);
    }

    return false;
  };
}
