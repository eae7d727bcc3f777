/**
 * The host's state: the macros on the demo's pages (macros.ts) and the Custom UI frames it has handed out, each
 * with the context Forge gives it (frame-context.ts). The person's choices are in preferences.ts.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { modulesOf, type AppManifest } from '../events/manifest';
import type { DemoSite } from '../products/site';
import { frameContext, type Frame, type JiraIssueRef } from './frame-context';
import { demoMacros, saveMacros, type MacroInstance } from './macros';
import type { Preferences } from './preferences';

export type { Frame, FrameKind, JiraIssueRef } from './frame-context';
export {
  COMMITMENTS_MACRO_LOCAL_ID,
  DEMO_CAMPAIGN_ID,
  FOLLOWUP_MACRO_LOCAL_ID,
  PLAN_CAMPAIGN_ID,
  RESULTS_CAMPAIGN_ID,
  RESULTS_MACRO_LOCAL_ID,
  SURVEY_MACRO_LOCAL_ID,
} from './macros';
export type { MacroInstance } from './macros';
export { HOST_LOCALES, preferencesFrom, UnknownPersonaError } from './preferences';
export type { ColorMode, HostLocale, Preferences } from './preferences';

const stringOr = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

/** The Jira module the issue view embeds. */
export const ISSUE_PANEL_MODULE = 'action-issue-panel';

export class HostState {
  readonly macros = new Map<string, MacroInstance>();
  private readonly frames = new Map<string, Frame>();

  constructor(
    private readonly manifest: AppManifest,
    private readonly site: DemoSite,
    /** Where the page's macros are kept between runs; undefined keeps them in memory. */
    private readonly file?: string,
    /**
     * The Jira issue with this id, as the sandbox has it: an issue panel frame exists only for an issue Jira has,
     * as Jira renders panels only in an issue's view.
     */
    private readonly jiraIssue: (id: string) => JiraIssueRef | undefined = () => undefined,
  ) {
    for (const macro of demoMacros(manifest, site)) this.macros.set(macro.localId, macro);
    if (file && existsSync(file)) {
      try {
        const saved = JSON.parse(readFileSync(file, 'utf8')) as { macros?: MacroInstance[] };
        for (const macro of saved.macros ?? []) this.macros.set(macro.localId, macro);
      } catch {
        // A corrupt state file only loses macro configs: start from the defaults.
      }
    }
  }

  macrosOn(pageId: string): MacroInstance[] {
    return [...this.macros.values()].filter((m) => m.pageId === pageId);
  }

  setMacroConfig(localId: string, config: Record<string, unknown>): MacroInstance {
    const macro = this.macros.get(localId);
    if (!macro) throw new Error(`no macro ${localId}`);
    macro.config = config;
    this.persist();
    return macro;
  }

  private persist(): void {
    if (!this.file) return;
    saveMacros(this.file, [...this.macros.values()]);
  }

  private moduleDecl(moduleKey: string) {
    for (const type of Object.keys(this.manifest.modules ?? {})) {
      const found = modulesOf(this.manifest, type).find((m) => m.key === moduleKey);
      if (found) return { type, decl: found };
    }
    return undefined;
  }

  /** The frame of a macro on the page, or of its config screen. Ids are stable so reloads keep them. */
  macroFrame(localId: string, kind: 'macro' | 'macro-config'): Frame {
    const macro = this.macros.get(localId);
    if (!macro) throw new Error(`no macro ${localId}`);
    const decl = this.moduleDecl(macro.moduleKey)?.decl;
    const configResource = (decl?.config as { resource?: unknown } | undefined)?.resource;
    const resourceKey =
      kind === 'macro' ? stringOr(decl?.resource, 'main') : stringOr(configResource, 'config');
    const frame: Frame = {
      id: `${kind === 'macro' ? 'macro' : 'config'}-${localId}`,
      kind,
      resourceKey,
      moduleKey: macro.moduleKey,
      localId,
      macroLocalId: localId,
    };
    this.frames.set(frame.id, frame);
    return frame;
  }

  /** The frame of a page module (e.g. `confluence:globalSettings`). */
  pageFrame(moduleKey: string): Frame {
    const decl = this.moduleDecl(moduleKey)?.decl;
    const frame: Frame = {
      id: `page-${moduleKey}`,
      kind: 'page',
      resourceKey: stringOr(decl?.resource, 'main'),
      moduleKey,
      localId: `page-${moduleKey}`,
    };
    this.frames.set(frame.id, frame);
    return frame;
  }

  /** The app's section of Confluence's home page (`confluence:homepageFeed`), when it has one. */
  homeFrame(): Frame | undefined {
    const module = modulesOf(this.manifest, 'confluence:homepageFeed')[0];
    return module ? this.pageFrame(module.key) : undefined;
  }

  /** The app's global page (`confluence:globalPage`: the supplier register), when it has one. */
  globalPageFrame(): Frame | undefined {
    const module = modulesOf(this.manifest, 'confluence:globalPage')[0];
    return module ? this.pageFrame(module.key) : undefined;
  }

  /** The app's page banner on one page of the demo site (every page shows it, as Confluence does). */
  bannerFrame(pageId: string): Frame | undefined {
    const module = modulesOf(this.manifest, 'confluence:pageBanner')[0];
    if (!module) return undefined;
    const frame: Frame = {
      id: `banner-${pageId}`,
      kind: 'banner',
      resourceKey: stringOr(module.resource, 'main'),
      moduleKey: module.key,
      localId: `banner-${module.key}`,
      pageId,
    };
    this.frames.set(frame.id, frame);
    return frame;
  }

  /** The issue panel of the Jira issue with this id, when Jira has it. */
  issuePanelFrameOf(issueId: string): Frame | undefined {
    const issue = this.jiraIssue(issueId);
    return issue && this.moduleDecl(ISSUE_PANEL_MODULE) ? this.issuePanelFrame(issue) : undefined;
  }

  /** The app's issue panel on one Jira issue; its id names the issue, like the issue view's URL does on Jira. */
  private issuePanelFrame(issue: JiraIssueRef): Frame {
    const decl = this.moduleDecl(ISSUE_PANEL_MODULE)?.decl;
    const frame: Frame = {
      id: `issue-panel-${issue.id}-${issue.key}`,
      kind: 'issue-panel',
      resourceKey: stringOr(decl?.resource, 'main'),
      moduleKey: ISSUE_PANEL_MODULE,
      localId: `issue-panel-${issue.id}`,
      issue,
    };
    this.frames.set(frame.id, frame);
    return frame;
  }

  openModal(parentFrameId: string, resource: string | null | undefined, modalContext: unknown): Frame {
    const parent = this.frame(parentFrameId);
    if (!parent) throw new Error(`no frame ${parentFrameId}`);
    if (resource && !this.manifest.resources?.some((r) => r.key === resource))
      throw new Error(`no resource ${resource}`);
    const frame: Frame = {
      ...parent,
      id: `modal-${randomUUID().slice(0, 8)}`,
      kind: 'modal',
      resourceKey: resource ?? parent.resourceKey,
      parentFrameId,
      modalContext,
    };
    this.frames.set(frame.id, frame);
    return frame;
  }

  frame(frameId: string): Frame | undefined {
    // Frames of the page are re-created on demand, so that a host restart keeps open tabs working.
    const found = this.frames.get(frameId);
    // A panel lives as long as its issue does (a deleted or moved issue has no view to be in).
    if (found?.issue && this.jiraIssue(found.issue.id)?.key !== found.issue.key) {
      this.frames.delete(frameId);
      return undefined;
    }
    if (found) return found;
    const macro = /^(macro|config)-(.+)$/.exec(frameId);
    if (macro && this.macros.has(macro[2]!))
      return this.macroFrame(macro[2]!, macro[1] === 'macro' ? 'macro' : 'macro-config');
    const panel = /^issue-panel-(\d{1,18})-([A-Z][A-Z0-9_]*-\d{1,10})$/.exec(frameId);
    const issue = panel ? this.jiraIssue(panel[1]!) : undefined;
    // An id and key that do not name one issue are no frame Jira would have rendered.
    if (issue && issue.key === panel![2] && this.moduleDecl(ISSUE_PANEL_MODULE))
      return this.issuePanelFrame(issue);
    const banner = /^banner-(\d{1,18})$/.exec(frameId);
    if (banner && this.site.pages.some((p) => p.id === banner[1])) return this.bannerFrame(banner[1]!);
    const page = /^page-(.+)$/.exec(frameId);
    if (page && this.moduleDecl(page[1]!)) return this.pageFrame(page[1]!);
    return undefined;
  }

  /** The module type of a frame's module, e.g. `macro` or `confluence:globalSettings`. */
  moduleType(frame: Frame): string | undefined {
    return this.moduleDecl(frame.moduleKey)?.type;
  }

  resolverFunctionOf(frame: Frame): string | undefined {
    const resolver = this.moduleDecl(frame.moduleKey)?.decl.resolver as { function?: string } | undefined;
    return resolver?.function;
  }

  installContext(): string {
    return `ari:cloud:confluence::site/${this.site.cloudId}`;
  }

  /**
   * The context `view.getContext()` returns in this frame, in Forge's shape. The resolver gets the same
   * context (minus the theme) with the account id set by the platform from the signed-in persona.
   */
  contextOf(frame: Frame, prefs: Preferences): Record<string, unknown> {
    const macro = frame.macroLocalId ? this.macros.get(frame.macroLocalId) : undefined;
    return frameContext(this.site, frame, prefs, macro, this.moduleType(frame));
  }

  /** What a resolver receives as `context` (Forge does not pass the front end's theme to the backend). */
  invocationContextOf(frame: Frame, prefs: Preferences): Record<string, unknown> {
    const {
      theme: _theme,
      surfaceColor: _surface,
      accountId: _accountId,
      ...rest
    } = this.contextOf(frame, prefs);
    return rest;
  }
}
