import type { JiraIssueView } from '../products/jira';
import { personaById, SWITCHER_PERSONAS, type Persona } from '../personas';
import { PROJECT } from '../products/jira';
import { pageById, type DemoSite } from '../products/site';
import { escapeHtml as h } from './http';
import { DATA_THEME } from './resources';
import type { HostState, Preferences } from './state';

export interface PageView {
  site: DemoSite;
  state: HostState;
  prefs: Preferences;
  /**
   * `page` shows a Confluence page; `admin` the app's global settings page; `jira` the Jira sandbox's board; `home`
   * Confluence's home page with the app's feed section; `suppliers` the app's global page (the supplier register).
   */
  view: 'page' | 'admin' | 'jira' | 'home' | 'suppliers';
  pageId: string;
  adminModuleKey?: string;
  realSiteUrl?: string;
  /** The Jira view's open issue (`?view=jira&issue=PROC-3`), shown with the app's issue panel. */
  jiraIssue?: JiraIssueView;
  /** The Jira view asked for an issue the sandbox does not have. */
  jiraIssueMissing?: string;
  /** The host's per-start token: host.js sends it with every state-changing call (no inline script needed). */
  token: string;
}

const ROLE_LABEL: Record<Persona['role'], string> = {
  customer: 'internal customer',
  buyer: 'buyer',
  'quality-manager': 'quality manager',
  admin: 'procurement manager, Confluence admin',
};

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

function query(prefs: Preferences, extra: Record<string, string>): string {
  const params = new URLSearchParams({
    persona: prefs.persona.accountId,
    theme: prefs.colorMode,
    locale: prefs.locale,
    ...extra,
  });
  return `/?${params.toString()}`;
}

function personaOptions(selected: Persona): string {
  const groups = new Map<string, Persona[]>();
  // Anybody of the directory may be chosen with ?persona=: the one chosen is listed even when the switcher is not.
  const listed = SWITCHER_PERSONAS.some((p) => p.accountId === selected.accountId)
    ? SWITCHER_PERSONAS
    : [...SWITCHER_PERSONAS, selected];
  for (const persona of listed) {
    const group = persona.role === 'customer' ? 'Internal customers' : 'Procurement and quality';
    groups.set(group, [...(groups.get(group) ?? []), persona]);
  }
  return [...groups.entries()]
    .map(
      ([label, personas]) =>
        `<optgroup label="${h(label)}">${personas
          .map(
            (p) =>
              `<option value="${h(p.accountId)}"${p.accountId === selected.accountId ? ' selected' : ''}>${h(p.displayName)} — ${h(p.department)}, ${h(ROLE_LABEL[p.role])}</option>`,
          )
          .join('')}</optgroup>`,
    )
    .join('');
}

/** The app's page banner above the page's title: a frame that takes no room until the app draws something. */
function bannerHtml(view: PageView, pageId: string): string {
  const frame = view.state.bannerFrame(pageId);
  return frame
    ? `<div class="page-banner">${frameHtml(frame.id, frame.resourceKey, 'Procurement CRM banner (app)', 'forge-banner')}</div>`
    : '';
}

/** Confluence's home page: the app's feed section (`confluence:homepageFeed`) under the space's welcome. */
function homeHtml(view: PageView, frameId: string, resourceKey: string): string {
  return `
      <h1 class="page-title">Home</h1>
      <p class="byline">Confluence home · ${h(view.site.space.name)} and the apps' sections</p>
      <section class="macro" aria-label="Procurement (app home feed)">
        <div class="macro-toolbar"><span class="macro-label">Procurement CRM · home feed</span></div>
        ${frameHtml(frameId, resourceKey, 'Procurement (app)')}
      </section>`;
}

function frameHtml(frameId: string, resourceKey: string, title: string, extraClass = ''): string {
  return `<iframe class="forge-frame ${extraClass}" id="frame-${h(frameId)}" data-frame-id="${h(frameId)}" title="${h(title)}" src="/app/${h(resourceKey)}/${h(frameId)}/index.html" loading="eager"></iframe>`;
}

/**
 * The Jira sandbox's board and switches. The board itself is drawn by host.js from `GET /__host/jira`, so that a
 * move updates it in place (focus kept) rather than reloading the page.
 */
function jiraPanel(realSiteUrl: string | undefined, openIssue: string): string {
  const faults: [string, string][] = [
    ['rate-limit', 'Next Jira call answers 429 (Retry-After 2 s)'],
    ['unavailable', 'Next Jira call answers 503'],
    ['timeout', 'Next create times out after effect'],
  ];
  return `
      <nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li>Jira</li><li>Projects</li><li aria-current="page">${h(PROJECT.name)}</li></ol></nav>
      <h1 class="page-title">${h(PROJECT.key)} board</h1>
      <p class="byline">Local Jira sandbox${realSiteUrl ? ' (not used: product calls go to the real site)' : ''}. Moving a card delivers <code>avi:jira:updated:issue</code> to the app's triggers.</p>
      ${openIssue}
      <section class="jira-controls" aria-labelledby="jira-controls-heading">
        <h2 id="jira-controls-heading" class="section-heading">Sandbox controls</h2>
        <div class="jira-control-groups">
          <fieldset>
            <legend>Connection</legend>
            <label class="check"><input type="checkbox" id="jira-connected" checked> Jira connected</label>
          </fieldset>
          <fieldset>
            <legend>Event delivery</legend>
            <label class="check"><input type="checkbox" id="jira-twice"> Deliver each event twice</label>
            <label>Order of a batch <select id="jira-order"><option value="as-given">As they happened</option><option value="reverse">Reversed</option><option value="shuffle">Shuffled</option></select></label>
            <div class="button-row">
              <button type="button" class="button subtle" id="jira-hold" aria-pressed="false">Hold events</button>
              <button type="button" class="button subtle" id="jira-release" disabled>Release held events (0)</button>
            </div>
          </fieldset>
          <fieldset>
            <legend>Faults</legend>
            <div class="button-row">
              ${faults.map(([fault, label]) => `<button type="button" class="button subtle" data-jira-fault="${fault}">${h(label)}</button>`).join('')}
              <button type="button" class="button subtle" id="jira-clear-faults">Clear faults</button>
            </div>
          </fieldset>
        </div>
        <p id="jira-status" class="jira-status" role="status" aria-live="polite"></p>
      </section>
      <section class="jira-board-section" aria-labelledby="jira-board-heading">
        <h2 id="jira-board-heading" class="section-heading">Board</h2>
        <div id="jira-board" class="jira-board" data-jira-board><p class="muted">Loading the board…</p></div>
      </section>`;
}

/**
 * What each macro is called on the page (its accessible name), in its toolbar, and on its config screen's dialog
 * (the manifest's `config.title`, in English like the rest of the host page).
 */
const MACRO_NAMES: Record<string, [string, string, string]> = {
  'survey-macro': ['Procurement satisfaction survey', 'survey', 'Survey settings'],
  'results-macro': ['Procurement satisfaction results', 'results', 'Results settings'],
  'followup-macro': ['Improvement plan follow-up', 'follow-up', 'Follow-up settings'],
  'commitments-macro': ['Our commitments', 'commitments', 'Commitments settings'],
};

/** The issue's remote links; one to a page of the demo site opens that page in the host. */
function remoteLinksHtml(view: PageView, issue: JiraIssueView): string {
  if (issue.remoteLinks.length === 0) return 'None';
  const pages = `${view.site.siteUrl}/wiki/spaces/${view.site.space.key}/pages/`;
  return issue.remoteLinks
    .map((link) => {
      const pageId = link.url.startsWith(pages) ? link.url.slice(pages.length) : undefined;
      const page = pageId === undefined ? undefined : pageById(view.site, pageId);
      return page
        ? `<a href="${h(query(view.prefs, { page: page.id }))}">${h(link.title)}</a>`
        : `${h(link.title)} (${h(link.url)})`;
    })
    .join('<br>');
}

/** Jira's issue view, reduced: the issue's fields and, in the panel area, the app's `jira:issuePanel`. */
function issueView(view: PageView): string {
  if (view.jiraIssueMissing) {
    return `<section class="jira-issue" aria-label="Issue"><p role="alert">Issue ${h(view.jiraIssueMissing)} does not exist or you do not have permission to see it.</p></section>`;
  }
  const issue = view.jiraIssue;
  if (!issue) return '';
  const frame = view.state.issuePanelFrameOf(issue.id);
  const board = h(query(view.prefs, { view: 'jira' }));
  return `
      <section class="jira-issue" aria-labelledby="jira-issue-heading">
        <p class="jira-card-meta"><span class="jira-key">${h(issue.key)}</span> · ${h(issue.issueType)} · <a href="${board}">Back to the board</a></p>
        <h2 id="jira-issue-heading" class="page-title">${h(issue.summary)}</h2>
        <dl class="jira-issue-fields">
          <dt>Status</dt><dd>${h(issue.status)}</dd>
          <dt>Assignee</dt><dd>${h(issue.assigneeName ?? 'Unassigned')}</dd>
          <dt>Due date</dt><dd>${h(issue.duedate ?? 'None')}</dd>
          <dt>Labels</dt><dd>${h(issue.labels.join(', ') || 'None')}</dd>
          <dt>Linked pages</dt><dd>${remoteLinksHtml(view, issue)}</dd>
        </dl>
        ${
          frame
            ? `<section class="macro" aria-label="Procurement improvement action (app issue panel)">
          <div class="macro-toolbar"><span class="macro-label">Procurement CRM · issue panel</span></div>
          ${frameHtml(frame.id, frame.resourceKey, 'Procurement improvement action (app)')}
        </section>`
            : ''
        }
      </section>`;
}

export function renderHostPage(view: PageView): string {
  const { site, state, prefs } = view;
  const page = pageById(site, view.pageId) ?? pageById(site, site.surveyPageId)!;
  const persona = prefs.persona;
  const author = personaById(page.authorId);

  const tree = site.pages
    .map((p) => {
      const current = view.view === 'page' && p.id === page.id;
      return `<li class="${p.parentId ? 'child' : ''}"><a href="${h(query(prefs, { page: p.id }))}"${current ? ' aria-current="page"' : ''}>${h(p.title)}</a></li>`;
    })
    .join('');

  let main: string;
  const homeFrame = state.homeFrame();
  const globalFrame = state.globalPageFrame();
  if (view.view === 'home' && homeFrame) {
    main = homeHtml(view, homeFrame.id, homeFrame.resourceKey);
  } else if (view.view === 'suppliers' && globalFrame) {
    main = `
      <nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="${h(query(prefs, {}))}">Confluence</a></li><li>Apps</li></ol></nav>
      <h1 class="page-title">Suppliers</h1>
      <p class="byline">Procurement CRM · app page (module <code>${h(globalFrame.moduleKey)}</code>)</p>
      <section class="macro" aria-label="Suppliers">
        ${frameHtml(globalFrame.id, globalFrame.resourceKey, 'Suppliers (app)')}
      </section>`;
  } else if (view.view === 'jira') {
    main = jiraPanel(view.realSiteUrl, issueView(view));
  } else if (view.view === 'admin' && view.adminModuleKey) {
    const frame = state.pageFrame(view.adminModuleKey);
    main = `
      <nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="${h(query(prefs, {}))}">Confluence</a></li><li>Settings</li><li aria-current="page">Apps</li></ol></nav>
      <h1 class="page-title">Procurement CRM</h1>
      <p class="byline">Confluence administration · app settings (module <code>${h(view.adminModuleKey)}</code>)</p>
      <section class="macro" aria-label="Procurement CRM settings">
        ${frameHtml(frame.id, frame.resourceKey, 'Procurement CRM settings (app)')}
      </section>`;
  } else {
    const macros = state
      .macrosOn(page.id)
      .map((macro) => {
        const frame = state.macroFrame(macro.localId, 'macro');
        const configFrame = state.macroFrame(macro.localId, 'macro-config');
        const [name, kind, configTitle] = MACRO_NAMES[macro.moduleKey] ?? MACRO_NAMES['survey-macro']!;
        return `<section class="macro" aria-label="${h(name)} (app macro)" data-macro="${h(macro.localId)}">
          <div class="macro-toolbar">
            <span class="macro-label">Procurement CRM · ${h(kind)} macro</span>
            <button type="button" class="button subtle" data-edit-macro="${h(macro.localId)}" data-config-resource="${h(configFrame.resourceKey)}" data-config-title="${h(configTitle)}" aria-haspopup="dialog">Edit macro settings</button>
          </div>
          ${frameHtml(frame.id, frame.resourceKey, `${name} (app)`)}
        </section>`;
      })
      .join('');
    main = `
      <nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="${h(query(prefs, { page: site.pages[0]!.id }))}">${h(site.space.name)}</a></li>${
        page.parentId
          ? `<li><a href="${h(query(prefs, { page: page.parentId }))}">${h(pageById(site, page.parentId)?.title ?? '')}</a></li>`
          : ''
      }</ol></nav>
      ${bannerHtml(view, page.id)}
      <h1 class="page-title">${h(page.title)}</h1>
      <p class="byline">Owned by ${h(author?.displayName ?? 'Unknown')} · Last updated ${h(new Date(page.createdAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }))}</p>
      <div class="page-body">${page.paragraphs.map((text) => `<p>${h(text)}</p>`).join('')}</div>
      ${macros}`;
  }

  const adminKey = view.adminModuleKey;
  return `<!doctype html>
<html lang="en" data-locale="${h(prefs.locale)}" data-color-mode="${prefs.colorMode}" data-theme="${DATA_THEME}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="forge-host-token" content="${h(view.token)}">
<title>${h(view.view === 'admin' ? 'Procurement CRM settings' : view.view === 'jira' ? `${PROJECT.key} board - Jira` : view.view === 'home' ? 'Home' : view.view === 'suppliers' ? 'Suppliers' : page.title)} - ${h(site.space.name)} - Confluence (local Forge host)</title>
<link rel="stylesheet" href="/__host/tokens.css">
<link rel="stylesheet" href="/__host/page/host.css">
<script type="module" src="/__host/page/host.js"></script>
</head>
<body data-persona="${h(persona.accountId)}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="topnav" role="banner">
  <div class="topnav-left">
    <a class="product" href="${h(query(prefs, {}))}"><span class="product-logo" aria-hidden="true"></span><span>Confluence</span></a>
    <nav aria-label="Product"><ul class="topnav-links">
      <li><a href="${h(query(prefs, homeFrame ? { view: 'home' } : {}))}"${view.view === 'home' ? ' aria-current="page"' : ''}>Home</a></li>
      <li><a href="${h(query(prefs, { page: site.pages[0]!.id }))}">Spaces</a></li>
      ${adminKey ? `<li><a href="${h(query(prefs, { view: 'admin' }))}"${view.view === 'admin' ? ' aria-current="page"' : ''}>Apps · Procurement CRM settings</a></li>` : ''}
      ${globalFrame ? `<li><a href="${h(query(prefs, { view: 'suppliers' }))}"${view.view === 'suppliers' ? ' aria-current="page"' : ''}>Apps · Suppliers</a></li>` : ''}
      <li><a href="${h(query(prefs, { view: 'jira' }))}"${view.view === 'jira' ? ' aria-current="page"' : ''}>Jira · ${h(PROJECT.key)} board</a></li>
    </ul></nav>
  </div>
  <form class="switches" method="get" action="/" aria-label="Local host settings">
    <input type="hidden" name="page" value="${h(page.id)}">
    ${view.view !== 'page' ? `<input type="hidden" name="view" value="${view.view}">` : ''}
    <label>Viewing as <select name="persona" id="persona-switcher">${personaOptions(persona)}</select></label>
    <label>Theme <select name="theme" id="theme-switcher"><option value="light"${prefs.colorMode === 'light' ? ' selected' : ''}>Light</option><option value="dark"${prefs.colorMode === 'dark' ? ' selected' : ''}>Dark</option></select></label>
    <label>Language <select name="locale" id="locale-switcher"><option value="en-US"${prefs.locale === 'en-US' ? ' selected' : ''}>English</option><option value="fr-FR"${prefs.locale === 'fr-FR' ? ' selected' : ''}>Français</option></select></label>
    <button type="submit" class="button" id="apply-switches">Apply</button>
    <span class="avatar" aria-hidden="true" title="${h(persona.displayName)}">${h(initials(persona.displayName))}</span>
  </form>
</header>
${view.realSiteUrl ? `<p class="banner" role="status">Product calls go to the real site ${h(view.realSiteUrl)}.</p>` : ''}
<div class="layout">
  <nav class="sidebar" aria-label="Space">
    <div class="space-header"><span class="space-avatar" aria-hidden="true">${h(site.space.key.slice(0, 1))}</span><span class="space-name">${h(site.space.name)}</span></div>
    <ul class="sidebar-links"><li><a href="${h(query(prefs, { page: site.pages[0]!.id }))}">Overview</a></li><li><span class="muted">Blog</span></li></ul>
    <h2 class="sidebar-heading">Content</h2>
    <ul class="page-tree">${tree}</ul>
    ${adminKey ? `<h2 class="sidebar-heading">Apps</h2><ul class="sidebar-links"><li><a href="${h(query(prefs, { view: 'admin' }))}"${view.view === 'admin' ? ' aria-current="page"' : ''}>Procurement CRM settings</a></li></ul>` : ''}
  </nav>
  <main id="main" class="content">${main}</main>
</div>
<div id="modal-root"></div>
<div id="flags" class="flags" role="region" aria-label="Notifications" aria-live="polite"></div>
</body>
</html>`;
}
