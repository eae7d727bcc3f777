/** Model heads and versions as features read them: stored, or the built-in default model's on a new install. */
import type { EvaluationModel } from '../../domain/model';
import { builtInHead, builtInModel, type ModelHead } from '../../domain/model';
import type { Ports } from '../../ports';

export async function headOf(ports: Pick<Ports, 'models'>, modelId: string): Promise<ModelHead | undefined> {
  return (await ports.models.head(modelId)) ?? builtInHead(modelId);
}

/** A version and whether it is stored (a built-in one must be written when a campaign freezes it). */
export async function modelVersionOf(
  ports: Pick<Ports, 'models'>,
  modelId: string,
  version: number,
): Promise<{ model: EvaluationModel; stored: boolean } | undefined> {
  const stored = await ports.models.get(modelId, version);
  if (stored) return { model: stored, stored: true };
  const builtIn = builtInModel(modelId, version);
  return builtIn && { model: builtIn, stored: false };
}
