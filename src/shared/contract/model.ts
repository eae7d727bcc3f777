/** The evaluation model and its versions. */
import { z } from 'zod';
import type { EvaluationModel } from '../../domain/model';
import { LIMITS, RECORD_LIMITS } from '../limits';
import { idSchema, jsonSize, localizedTextSchema as localized } from './common';
import { endpoint } from './endpoint';

const localizedTextSchema = localized(LIMITS.localizedText);

const weightSchema = z.number().positive().max(LIMITS.weight).optional();

export const evaluationModelSchema = z.object({
  id: idSchema,
  version: z.number().int().positive(),
  name: localizedTextSchema,
  sections: z
    .array(
      z.object({
        id: idSchema,
        title: localizedTextSchema,
        weight: weightSchema,
        criteria: z
          .array(z.object({ id: idSchema, text: localizedTextSchema, weight: weightSchema }))
          .min(1)
          .max(LIMITS.criteriaPerSection),
      }),
    )
    .min(1)
    .max(LIMITS.sectionsPerModel),
}) satisfies z.ZodType<EvaluationModel>;

/** A model as the admin edits it: the version is the server's business; the whole must fit one stored record. */
export const modelInputSchema = evaluationModelSchema
  .omit({ version: true })
  .strict()
  .refine((model) => jsonSize(model) <= RECORD_LIMITS.modelJson, {
    message: 'is too large to store',
    params: { reason: 'field.recordTooLarge' },
  });

export interface ModelView {
  model: EvaluationModel;
  /** The latest version is frozen into an opened campaign: saving creates a new version. */
  inUse: boolean;
  versions: { version: number; usedBy: string[] }[];
}

export const modelContract = {
  'model/get': endpoint(z.object({ modelId: idSchema.optional() }).strict()).returns<ModelView>(),
  'model/save': endpoint(
    z.object({ model: modelInputSchema, baseVersion: z.number().int().min(0) }).strict(),
  ).returns<ModelView>(),
} as const;
