/**
 * The host page and what it reads: the page itself (Confluence's look, or the Jira board and issue view), its
 * script and styles, the design tokens, each frame's bridge script and context, the host's state and call counts,
 * and the persona, theme and locale it keeps in cookies.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { JiraControl } from '../products/jira';
import { mayBrowse } from '../products/jira/model';
import type { DemoSite } from '../products/site';
import type { ForgeRuntime } from '../runtime';
import type { HostGuard } from './guard';
import {
  contentTypeOf,
  cookie,
  HOST_PAGE_CSP,
  HttpError,
  readJson,
  sendJson,
  sendText,
  stringField,
} from './http';
import { renderHostPage } from './page';
import {
  COOKIES,
  preferencesFrom,
  preferencesOf,
  UnknownPersonaError,
  type PreferenceName,
} from './preferences';
import { atlaskitTokensCss, bridgeScript, hostPageScript, readFileIn } from './resources';
import type { HostState } from './state';

const PAGE_ASSETS = join(resolve(__dirname, '..', '..'), 'sandbox', 'page');

export interface PageRoutesOptions {
  site: DemoSite;
  state: HostState;
  runtime: ForgeRuntime;
  jira: JiraControl;
  /** The app's admin page (`confluence:globalSettings`), if it has one. */
  adminModuleKey: string | undefined;
  /** The real site product calls go to, if any. */
  realSiteUrl: string | undefined;
}

export function createPageRoutes(options: PageRoutesOptions) {
  const { site, state, runtime, jira, adminModuleKey } = options;

  /** The issue the Jira view opens: only one the viewing persona may browse, as Jira's issue view. */
  function jiraIssueOf(key: string | null, accountId: string) {
    if (key === null) return {};
    const issue = jira.issue(key);
    return issue && mayBrowse(accountId) ? { jiraIssue: issue } : { jiraIssueMissing: key.slice(0, 40) };
  }

  return async function route(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    guard: HostGuard,
  ): Promise<false | void> {
    const method = req.method ?? 'GET';
    const path = url.pathname;

    if (method === 'GET' && path === '/') {
      // The page keeps its query's persona, theme and locale in cookies: a state change, which another site's
      // link must not make (it gets the page as the cookies say), nor a request with a foreign Origin.
      guard.checkOrigin(req);
      const own = guard.fromOwnPages(req);
      const prefs = preferencesOf(req, url, own);
      const html = renderHostPage({
        site,
        state,
        prefs,
        view:
          url.searchParams.get('view') === 'admin' && adminModuleKey
            ? 'admin'
            : url.searchParams.get('view') === 'jira'
              ? 'jira'
              : url.searchParams.get('view') === 'home' && state.homeFrame()
                ? 'home'
                : url.searchParams.get('view') === 'suppliers' && state.globalPageFrame()
                  ? 'suppliers'
                  : 'page',
        pageId: url.searchParams.get('page') ?? site.surveyPageId,
        adminModuleKey,
        realSiteUrl: options.realSiteUrl,
        ...jiraIssueOf(url.searchParams.get('issue'), prefs.persona.accountId),
        token: guard.token,
      });
      if (own)
        res.setHeader('set-cookie', [
          cookie(COOKIES.persona, prefs.persona.accountId),
          cookie(COOKIES.theme, prefs.colorMode),
          cookie(COOKIES.locale, prefs.locale),
        ]);
      return sendText(res, 200, 'text/html; charset=utf-8', html, {
        'content-security-policy': HOST_PAGE_CSP,
        'x-frame-options': 'SAMEORIGIN',
        'cache-control': 'no-store',
      });
    }

    if (method === 'GET' && path === '/favicon.ico') return sendText(res, 204, 'image/x-icon', '');

    if (method === 'GET' && path.startsWith('/__host/page/')) {
      const name = decodeURIComponent(path.slice('/__host/page/'.length));
      const file = name === 'host.js' ? hostPageScript(PAGE_ASSETS) : readFileIn(PAGE_ASSETS, name);
      if (!file) throw new HttpError(404, 'no such host asset');
      return sendText(res, 200, contentTypeOf(path), file, { 'cache-control': 'no-cache' });
    }
    if (method === 'GET' && path === '/__host/tokens.css') {
      return sendText(res, 200, 'text/css; charset=utf-8', atlaskitTokensCss(), {
        'cache-control': 'max-age=3600',
      });
    }
    if (method === 'GET' && path === '/__host/bridge.js') {
      const frameId = url.searchParams.get('frame') ?? '';
      if (!state.frame(frameId)) throw new HttpError(404, 'unknown frame');
      return sendText(res, 200, 'text/javascript; charset=utf-8', bridgeScript(frameId), {
        'cache-control': 'no-store',
      });
    }

    if (method === 'GET' && path === '/__host/state') {
      const prefs = preferencesOf(req, url);
      return sendJson(res, 200, {
        persona: prefs.persona,
        colorMode: prefs.colorMode,
        locale: prefs.locale,
        site: {
          cloudId: site.cloudId,
          siteUrl: site.siteUrl,
          space: site.space,
          pages: site.pages.map((p) => ({ id: p.id, title: p.title })),
        },
        macros: [...state.macros.values()],
        realSite: options.realSiteUrl ?? null,
      });
    }
    if (method === 'GET' && path === '/__host/context') {
      const frame = state.frame(url.searchParams.get('frame') ?? '');
      if (!frame) throw new HttpError(404, 'unknown frame: reload the page');
      return sendJson(res, 200, state.contextOf(frame, preferencesOf(req, url)));
    }
    if (method === 'GET' && path === '/__host/counts') return sendJson(res, 200, runtime.totals());
    if (method === 'POST' && path === '/__host/counts/reset') {
      runtime.resetTotals();
      return sendJson(res, 200, runtime.totals());
    }

    const preference = /^\/__host\/(persona|theme|locale)$/.exec(path);
    if (method === 'POST' && preference) {
      const name = preference[1] as PreferenceName;
      const value = stringField(await readJson(req), 'value');
      let accepted: boolean;
      try {
        const check = preferencesFrom({ [name]: value });
        accepted =
          name === 'persona'
            ? check.persona.accountId === value
            : name === 'theme'
              ? check.colorMode === value
              : check.locale === value;
      } catch (error) {
        if (!(error instanceof UnknownPersonaError)) throw error;
        accepted = false;
      }
      if (!accepted) throw new HttpError(400, `unknown ${name} "${value}"`);
      res.setHeader('set-cookie', cookie(COOKIES[name], value));
      return sendJson(res, 200, { [name]: value });
    }
    return false;
  };
}
