import { z } from 'zod';
import { nameKeyOf, type Supplier } from '../../domain/suppliers';
import type { RecordKind } from './record';

/**
 * The `supplier` entity: the supplier plus what its indexes range and partition on: `scope` (a constant, to list
 * them all), `nameKey` and `categoryKey` (name and category without case or accents). No next evaluation day is
 * stored as an absent attribute (an entity's string attribute holds no null).
 */
const supplierRecordSchema = z.object({
  schemaVersion: z.literal(1),
  scope: z.literal('app'),
  id: z.string(),
  name: z.string(),
  nameKey: z.string(),
  category: z.string(),
  categoryKey: z.string(),
  ownerAccountId: z.string(),
  status: z.enum(['active', 'watch', 'archived']),
  nextEvaluationOn: z.string().optional(),
  departments: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
  revision: z.number().int(),
});
export type SupplierRecord = z.infer<typeof supplierRecordSchema>;

export const SUPPLIER_RECORD: RecordKind<SupplierRecord> = {
  name: 'supplier',
  version: 1,
  schema: supplierRecordSchema,
  migrations: {},
};

export const toSupplierRecord = ({ nextEvaluationOn, ...supplier }: Supplier): SupplierRecord => ({
  schemaVersion: 1,
  scope: 'app',
  ...supplier,
  nameKey: nameKeyOf(supplier.name),
  categoryKey: nameKeyOf(supplier.category),
  ...(nextEvaluationOn === null ? {} : { nextEvaluationOn }),
});

export const fromSupplierRecord = ({
  schemaVersion: _version,
  scope: _scope,
  nameKey: _name,
  categoryKey: _category,
  nextEvaluationOn,
  ...supplier
}: SupplierRecord): Supplier => ({ ...supplier, nextEvaluationOn: nextEvaluationOn ?? null });
