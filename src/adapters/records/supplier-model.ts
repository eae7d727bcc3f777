import { z } from 'zod';
import type { SupplierModelVersion } from '../../ports/supplier-model';
import type { RecordKind } from './record';

const localizedSchema = z.object({ 'en-US': z.string(), 'fr-FR': z.string() });

/** A supplier model version under `supplier-model:{id}:v{n}`, with the standing bands it reads scores with. */
const supplierModelRecordSchema = z.object({
  schemaVersion: z.literal(1),
  model: z.object({
    id: z.string(),
    version: z.number().int().positive(),
    name: localizedSchema,
    commentRequiredAtOrBelow: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    criteria: z.array(z.object({ id: z.string(), text: localizedSchema, weight: z.number().int() })),
  }),
  bands: z.array(z.object({ id: z.string(), label: localizedSchema, from: z.number(), to: z.number() })),
});
export type SupplierModelRecord = z.infer<typeof supplierModelRecordSchema>;

export const SUPPLIER_MODEL_RECORD: RecordKind<SupplierModelRecord> = {
  name: 'supplier-model',
  version: 1,
  schema: supplierModelRecordSchema,
  migrations: {},
};

export const toSupplierModelRecord = (version: SupplierModelVersion): SupplierModelRecord => ({
  schemaVersion: 1,
  ...version,
});
export const fromSupplierModelRecord = ({
  schemaVersion: _version,
  ...version
}: SupplierModelRecord): SupplierModelVersion => version;
