import { z } from 'zod';
import type { StoredSupplierRating } from '../../ports/supplier-ratings';
import { addVersion, type RecordKind } from './record';

const answerSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('na')]);

/** The `supplier-rating` entity. No `departmentId` when the rater has none; anonymous ones carry no time. */
const supplierRatingRecordSchema = z.object({
  schemaVersion: z.literal(1),
  campaignId: z.string(),
  raterKey: z.string(),
  supplierId: z.string(),
  departmentId: z.string().optional(),
  answers: z.record(z.string(), answerSchema),
  comments: z.record(z.string(), z.string()),
  status: z.enum(['draft', 'submitted']),
  revision: z.number().int().positive(),
  updatedAt: z.number().optional(),
  proxiedBy: z.string().optional(),
});
export type SupplierRatingRecord = z.infer<typeof supplierRatingRecordSchema>;

export const SUPPLIER_RATING_RECORD: RecordKind<SupplierRatingRecord> = {
  name: 'supplier-rating',
  version: 1,
  schema: supplierRatingRecordSchema,
  migrations: { 0: addVersion },
};

/** Keeps absent attributes out of the stored value (entity attributes are typed; absent is not null). */
export function toSupplierRatingRecord(rating: StoredSupplierRating): SupplierRatingRecord {
  const record: SupplierRatingRecord = {
    schemaVersion: 1,
    campaignId: rating.campaignId,
    raterKey: rating.raterKey,
    supplierId: rating.supplierId,
    answers: rating.answers,
    comments: rating.comments,
    status: rating.status,
    revision: rating.revision,
  };
  if (rating.departmentId !== null) record.departmentId = rating.departmentId;
  if (rating.updatedAt !== undefined) record.updatedAt = rating.updatedAt;
  if (rating.proxiedBy !== undefined) record.proxiedBy = rating.proxiedBy;
  return record;
}

export const fromSupplierRatingRecord = ({
  schemaVersion: _version,
  departmentId,
  ...rating
}: SupplierRatingRecord): StoredSupplierRating => ({ ...rating, departmentId: departmentId ?? null });
