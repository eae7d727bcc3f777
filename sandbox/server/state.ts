import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { modulesOf, type AppManifest } from '../events/manifest';
import { DEFAULT_PERSONA, personaById, type Persona } from '../personas';
import type { DemoSite } from '../products/site';

export type ColorMode = 'light' | 'dark';
export type HostLocale = 'en-US' | 'fr-FR';
export const HOST_LOCALES: readonly HostLocale[] = ['en-US', 'fr-FR'];

/** What the person at the browser chose: who they are, and how the site looks to them. */
export interface Preferences {
  persona: Persona;
  colorMode: ColorMode;
  locale: HostLocale;
}

/** An account id that is none of the personas': an error, never a silent fallback to the default persona. */
export class UnknownPersonaError extends Error {
  constructor(readonly value: string) {
    super(`unknown persona "${value}"`);
  }
}

/** The default persona only when none is given; an unknown one throws UnknownPersonaError. */
export function preferencesFrom(values: { persona?: string; theme?: string; locale?: string }): Preferences {
  const persona = values.persona === undefined ? DEFAULT_PERSONA : personaById(values.persona);
  if (!persona) throw new UnknownPersonaError(values.persona!);
  return {
    persona,
    colorMode: values.theme === 'dark' ? 'dark' : 'light',
    locale: HOST_LOCALES.includes(values.locale as HostLocale) ? (values.locale as HostLocale) : 'en-US',
  };
}

/** A macro placed on a page: its config is part of the page (Confluence stores it in the page body), not the app. */
export interface MacroInstance {
  localId: string;
  pageId: string;
  moduleKey: string;
  config: Record<string, unknown>;
}

export type FrameKind = 'macro' | 'macro-config' | 'page' | 'modal' | 'issue-panel';

/** One Custom UI iframe the host has handed out; the context of every bridge call is computed from it. */
export interface Frame {
  id: string;
  kind: FrameKind;
  resourceKey: string;
  moduleKey: string;
  localId: string;
  macroLocalId?: string;
  parentFrameId?: string;
  /** The custom context passed to `new Modal({ context })`. */
  modalContext?: unknown;
  /** The Jira issue an issue panel is on (the app must still check the caller may browse it, as on Forge). */
  issue?: JiraIssueRef;
}

const stringOr = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

/** The campaign the demo page's survey macro shows; sandbox/seed.ts binds it to this macro. */
export const DEMO_CAMPAIGN_ID = 'campaign-2026';

export const SURVEY_MACRO_LOCAL_ID = '0d5a6c1e-4f7b-4e8a-9c3d-2b1f00002026';

/** The results macro on the demo results page, configured for last year's closed campaign. */
export const RESULTS_MACRO_LOCAL_ID = '7e2b4c90-1a3d-4f5e-8b6c-2d9e00002025';
export const RESULTS_CAMPAIGN_ID = 'campaign-2025';

/** The follow-up and commitments macros on the demo plan page, configured for last year's campaign. */
export const FOLLOWUP_MACRO_LOCAL_ID = '3c9d1e70-5b2a-4c8e-9f41-6a7b00002025';
export const COMMITMENTS_MACRO_LOCAL_ID = '8a4f2b13-9e6d-4b7c-a152-3d8c00002025';
export const PLAN_CAMPAIGN_ID = 'campaign-2025';
/** The Jira module the issue view embeds. */
export const ISSUE_PANEL_MODULE = 'action-issue-panel';

/** What Jira's issue view tells an issue panel of its issue and project (`extension.issue`, `extension.project`). */
export interface JiraIssueRef {
  id: string;
  key: string;
  /** The issue type's name and id. */
  type: string;
  typeId: string;
  project: { id: string; key: string; type: string };
}

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
    const macroKeys = modulesOf(manifest, 'macro').map((m) => m.key);
    const macroKey = macroKeys.find((k) => k === 'survey-macro') ?? macroKeys[0] ?? 'survey-macro';
    const resultsPage = site.pages.find((p) => p.resultsPage);
    if (resultsPage && macroKeys.includes('results-macro')) {
      this.macros.set(RESULTS_MACRO_LOCAL_ID, {
        localId: RESULTS_MACRO_LOCAL_ID,
        pageId: resultsPage.id,
        moduleKey: 'results-macro',
        config: { campaignId: RESULTS_CAMPAIGN_ID },
      });
    }
    const planPage = site.pages.find((p) => p.planPage);
    if (planPage) {
      for (const [localId, moduleKey] of [
        // What every reader may read first; the team's follow-up below it.
        [COMMITMENTS_MACRO_LOCAL_ID, 'commitments-macro'],
        [FOLLOWUP_MACRO_LOCAL_ID, 'followup-macro'],
      ] as const) {
        if (!macroKeys.includes(moduleKey)) continue;
        this.macros.set(localId, {
          localId,
          pageId: planPage.id,
          moduleKey,
          config: { campaignId: PLAN_CAMPAIGN_ID },
        });
      }
    }
    this.macros.set(SURVEY_MACRO_LOCAL_ID, {
      localId: SURVEY_MACRO_LOCAL_ID,
      pageId: site.surveyPageId,
      moduleKey: macroKey,
      // The demo page's macro was configured for the open campaign (the seed binds that campaign to it).
      config: { campaignId: DEMO_CAMPAIGN_ID },
    });
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
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ macros: [...this.macros.values()] }, null, 2));
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
    const site = this.site;
    const type = this.moduleType(frame);
    let extension: Record<string, unknown>;
    const macro = frame.macroLocalId ? this.macros.get(frame.macroLocalId) : undefined;
    if (macro) {
      const configuring = frame.kind === 'macro-config';
      extension = {
        type: 'macro',
        content: { id: macro.pageId, type: 'page', subtype: null },
        space: { id: site.space.id, key: site.space.key },
        isEditing: configuring,
        references: [],
        config: macro.config,
        ...(configuring ? { isConfig: true } : {}),
        macro: { isConfiguring: configuring, isInserting: false },
        location: `${site.siteUrl}/wiki/spaces/${site.space.key}/pages/${macro.pageId}`,
      };
    } else if (frame.issue) {
      extension = {
        type: type ?? 'jira:issuePanel',
        issue: {
          id: frame.issue.id,
          key: frame.issue.key,
          type: frame.issue.type,
          typeId: frame.issue.typeId,
        },
        project: frame.issue.project,
        location: `${site.siteUrl}/browse/${frame.issue.key}`,
      };
    } else {
      extension = {
        type: type ?? frame.moduleKey,
        location: `${site.siteUrl}/wiki/admin/forge?moduleKey=${frame.moduleKey}`,
      };
    }
    if (frame.kind === 'modal') extension.modal = frame.modalContext ?? {};
    return {
      accountId: prefs.persona.accountId,
      accountType: 'licensed',
      cloudId: site.cloudId,
      workspaceId: site.cloudId,
      localId: frame.localId,
      locale: prefs.locale,
      moduleKey: frame.moduleKey,
      siteUrl: site.siteUrl,
      timezone: 'Europe/Paris',
      environmentId: '00000000-0000-4000-8000-00000000e4v1',
      environmentType: 'DEVELOPMENT',
      extension,
      theme: {
        colorMode: prefs.colorMode,
        dark: 'dark',
        light: 'light',
        spacing: 'spacing',
        typography: 'typography',
      },
      surfaceColor: null,
      permissions: { scopes: [] },
    };
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
