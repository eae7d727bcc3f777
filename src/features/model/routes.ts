/** The evaluation model: every role reads it, admins save it (a version in use is never rewritten). */
import {
  DEFAULT_MODEL,
  type EvaluationModel,
  isHeadInUse,
  modelProblems,
  planModelSave,
  type ModelHead,
} from '../../domain/model';
import type { Ports } from '../../ports';
import type { ModelView, modelContract } from '../../shared/contract/model';
import { fail, issue, ok, type Result } from '../../shared/result';
import { headOf, modelVersionOf } from '../common';
import type { Request, RouteTable } from '../router';

const modelView = (model: EvaluationModel, head: ModelHead): ModelView => ({
  model,
  inUse: isHeadInUse(head),
  versions: head.versions.map((v) => ({ version: v.version, usedBy: [...v.usedBy] })),
});

export async function getModel({ payload }: Request<'model/get'>, ports: Ports): Promise<Result<ModelView>> {
  const modelId = payload.modelId ?? DEFAULT_MODEL.id;
  const head = await headOf(ports, modelId);
  if (!head) return fail('NOT_FOUND', 'model.missing');
  const version = await modelVersionOf(ports, modelId, head.version);
  if (!version) return fail('NOT_FOUND', 'model.headMissing');
  return ok(modelView(version.model, head));
}

export async function saveModel(
  { payload }: Request<'model/save'>,
  ports: Ports,
): Promise<Result<ModelView>> {
  const problems = modelProblems(payload.model).map((p) => issue(p.path, p.reason));
  if (problems.length > 0) return fail('INVALID_PAYLOAD', 'model.duplicateIds', undefined, problems);
  const head = await headOf(ports, payload.model.id);
  const plan = planModelSave(head, payload.baseVersion, payload.model);
  if (plan.kind === 'stale') return fail('CONFLICT', 'model.stale', { version: plan.headVersion });
  if ((await ports.models.save(plan.model, plan.head, head?.revision ?? 0)) === 'conflict') {
    return fail('CONFLICT', 'model.changed');
  }
  return ok(modelView(plan.model, plan.head));
}

export const modelRoutes = {
  'model/get': {
    requires: { anyOf: ['admin', 'team', 'quality'], refusal: 'forbidden.seeModel' },
    handle: getModel,
  },
  'model/save': { requires: { anyOf: ['admin'], refusal: 'forbidden.editModel' }, handle: saveModel },
} satisfies RouteTable<typeof modelContract>;
