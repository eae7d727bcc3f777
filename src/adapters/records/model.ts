import { z } from 'zod';
import type { EvaluationModel, ModelHead } from '../../domain/model';
import { addVersion, type RecordKind } from './record';

const localizedSchema = z.object({ 'en-US': z.string(), 'fr-FR': z.string() });

/** A model version under `model:{id}:v{n}`. */
const modelRecordSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  version: z.number().int().positive(),
  name: localizedSchema,
  sections: z.array(
    z.object({
      id: z.string(),
      title: localizedSchema,
      weight: z.number().optional(),
      criteria: z.array(z.object({ id: z.string(), text: localizedSchema, weight: z.number().optional() })),
    }),
  ),
});
export type ModelRecord = z.infer<typeof modelRecordSchema>;

export const MODEL_RECORD: RecordKind<ModelRecord> = {
  name: 'model',
  version: 1,
  schema: modelRecordSchema,
  migrations: { 0: addVersion },
};

export const toModelRecord = (model: EvaluationModel): ModelRecord => ({ schemaVersion: 1, ...model });
export const fromModelRecord = ({ schemaVersion: _version, ...model }: ModelRecord): EvaluationModel => model;

/** The `model-head` entity, key = model id. */
const modelHeadRecordSchema = z.object({
  schemaVersion: z.literal(1),
  modelId: z.string(),
  version: z.number().int().positive(),
  revision: z.number().int().positive(),
  versions: z.array(z.object({ version: z.number().int().positive(), usedBy: z.array(z.string()) })),
});
export type ModelHeadRecord = z.infer<typeof modelHeadRecordSchema>;

export const MODEL_HEAD_RECORD: RecordKind<ModelHeadRecord> = {
  name: 'model-head',
  version: 1,
  schema: modelHeadRecordSchema,
  migrations: { 0: addVersion },
};

export const toModelHeadRecord = (head: ModelHead): ModelHeadRecord => ({ schemaVersion: 1, ...head });
export const fromModelHeadRecord = ({ schemaVersion: _version, ...head }: ModelHeadRecord): ModelHead => head;
