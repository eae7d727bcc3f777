/** What a Custom UI frame is, and the context Forge gives it (`view.getContext()`) and its resolver. */
import type { DemoSite } from '../products/site';
import type { MacroInstance } from './macros';
import type { Preferences } from './preferences';

export type FrameKind = 'macro' | 'macro-config' | 'page' | 'modal' | 'issue-panel' | 'banner';

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
  /** The Confluence page a page banner is shown on. */
  pageId?: string;
}

/** What Jira's issue view tells an issue panel of its issue and project (`extension.issue`, `extension.project`). */
export interface JiraIssueRef {
  id: string;
  key: string;
  /** The issue type's name and id. */
  type: string;
  typeId: string;
  project: { id: string; key: string; type: string };
}

/**
 * The context `view.getContext()` returns in this frame, in Forge's shape: `macro` is the frame's macro if it is
 * one's (or its config screen's), `type` the module type of its module. The resolver gets the same context (minus
 * the theme) with the account id set by the platform from the signed-in persona.
 */
export function frameContext(
  site: DemoSite,
  frame: Frame,
  prefs: Preferences,
  macro: MacroInstance | undefined,
  type: string | undefined,
): Record<string, unknown> {
  let extension: Record<string, unknown>;
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
  } else if (frame.kind === 'banner' && frame.pageId) {
    extension = {
      type: type ?? 'confluence:pageBanner',
      content: { id: frame.pageId, type: 'page', subtype: null },
      space: { id: site.space.id, key: site.space.key },
      location: `${site.siteUrl}/wiki/spaces/${site.space.key}/pages/${frame.pageId}`,
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
  } else if (type === 'confluence:homepageFeed') {
    extension = { type, location: `${site.siteUrl}/wiki/home` };
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
