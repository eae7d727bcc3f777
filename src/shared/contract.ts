/**
 * The one contract between the Custom UI (static/) and the resolvers (src/resolvers):
 * resolver keys, payload schemas and response types. Imported on both sides, never copied.
 */
import { z } from 'zod';
import type { EvaluationModel } from '../domain/model';
import type { Locale } from './i18n';

/** Ids are short, url-safe tokens: they end up in storage keys, so nothing else is accepted. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, 'must be letters, digits, dot, dash or underscore');

const localizedTextSchema = z.object({
  'en-US': z.string().min(1).max(500),
  'fr-FR': z.string().min(1).max(500),
});

const weightSchema = z.number().positive().max(100).optional();

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
          .max(50),
      }),
    )
    .min(1)
    .max(20),
}) satisfies z.ZodType<EvaluationModel>;

/** Resolver keys, namespaced by feature. */
export const RESOLVERS = {
  getSurveyModel: 'survey/getModel',
} as const;
export type ResolverKey = (typeof RESOLVERS)[keyof typeof RESOLVERS];

export const payloadSchemas = {
  [RESOLVERS.getSurveyModel]: z.object({ campaignId: idSchema.optional() }).strict(),
} satisfies Record<ResolverKey, z.ZodType>;

export type Payload<K extends ResolverKey> = z.infer<(typeof payloadSchemas)[K]>;

export interface SurveyModelView {
  campaign: { id: string; name: string; period: string } | null;
  model: EvaluationModel;
  locale: Locale;
}

export interface ResponseData {
  [RESOLVERS.getSurveyModel]: SurveyModelView;
}
