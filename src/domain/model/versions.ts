/**
 * Versions of the evaluation model. A version frozen into an opened campaign never changes again: editing the
 * model then creates the next version. Pure data and functions: no I/O, no Forge import.
 */
import { DEFAULT_MODEL, type EvaluationModel } from './model';

export interface ModelVersionUse {
  version: number;
  /** Ids of the campaigns that opened with this version (they keep it for ever). */
  usedBy: string[];
}

/** The head of a model: its latest version and which campaigns use which version. */
export interface ModelHead {
  modelId: string;
  /** The latest version: what a draft campaign shows and what the next campaign to open freezes. */
  version: number;
  /** Optimistic concurrency on the head: 0 means "not stored yet" (the built-in default model). */
  revision: number;
  versions: ModelVersionUse[];
}

/** What a new installation has before anybody saved anything: the default model, version 1, unused. */
export function builtInHead(modelId: string): ModelHead | undefined {
  if (modelId !== DEFAULT_MODEL.id) return undefined;
  return { modelId, version: DEFAULT_MODEL.version, revision: 0, versions: [{ version: 1, usedBy: [] }] };
}

export const builtInModel = (modelId: string, version: number): EvaluationModel | undefined =>
  modelId === DEFAULT_MODEL.id && version === DEFAULT_MODEL.version ? DEFAULT_MODEL : undefined;

const usesOf = (head: ModelHead, version: number): string[] =>
  head.versions.find((v) => v.version === version)?.usedBy ?? [];

/** The latest version is frozen into at least one campaign: saving must create a new version. */
export const isHeadInUse = (head: ModelHead): boolean => usesOf(head, head.version).length > 0;

/** Any versioned model: the evaluation model, and the supplier model, saved by the same rule. */
export interface Versioned {
  id: string;
  version: number;
}

export type SavePlan<M extends Versioned = EvaluationModel> =
  { kind: 'stale'; headVersion: number } | { kind: 'rewrite' | 'new-version'; model: M; head: ModelHead };

/**
 * How an edited model is stored. `baseVersion` is the version the editor started from: when the head moved on
 * since, the edit is stale. An unused head version is rewritten in place; a used one is left alone and the edit
 * becomes version n+1. `head` is undefined for a model that does not exist yet (its base version is 0).
 */
export function planModelSave<M extends Versioned = EvaluationModel>(
  head: ModelHead | undefined,
  baseVersion: number,
  edited: Omit<M, 'version'>,
): SavePlan<M> {
  const current = head?.version ?? 0;
  if (baseVersion !== current) return { kind: 'stale', headVersion: current };
  const revision = (head?.revision ?? 0) + 1;
  if (head && !isHeadInUse(head)) {
    return {
      kind: 'rewrite',
      // Omit<M, 'version'> plus a version is an M; the compiler cannot see it through the generic.
      model: { ...edited, version: head.version } as M,
      head: { ...head, revision },
    };
  }
  const version = current + 1;
  return {
    kind: 'new-version',
    model: { ...edited, version } as M,
    head: {
      modelId: edited.id,
      version,
      revision,
      versions: [...(head?.versions ?? []), { version, usedBy: [] }],
    },
  };
}

/** The head once `campaignId` opened with the latest version (idempotent). */
export function markHeadInUse(head: ModelHead, campaignId: string): ModelHead {
  const versions = head.versions.some((v) => v.version === head.version)
    ? head.versions
    : [...head.versions, { version: head.version, usedBy: [] }];
  return {
    ...head,
    revision: head.revision + 1,
    versions: versions.map((v) =>
      v.version === head.version && !v.usedBy.includes(campaignId)
        ? { ...v, usedBy: [...v.usedBy, campaignId] }
        : v,
    ),
  };
}

/** Section and criterion ids are unique across the model: answers are keyed by criterion id. */
export type ModelProblem = { path: string; reason: 'model.sectionIdTaken' | 'model.criterionIdTaken' };

export function modelProblems(model: Pick<EvaluationModel, 'sections'>): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const sections = new Set<string>();
  const criteria = new Set<string>();
  model.sections.forEach((section, i) => {
    if (sections.has(section.id))
      problems.push({ path: `model.sections.${i}.id`, reason: 'model.sectionIdTaken' });
    sections.add(section.id);
    section.criteria.forEach((criterion, j) => {
      if (criteria.has(criterion.id))
        problems.push({ path: `model.sections.${i}.criteria.${j}.id`, reason: 'model.criterionIdTaken' });
      criteria.add(criterion.id);
    });
  });
  return problems;
}
