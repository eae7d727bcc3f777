import { z } from 'zod';
import type { StoredResponse } from '../../ports/survey';
import { addVersion, type RecordKind } from './record';

const kindSchema = z.enum(['customer', 'self']);
const answerSchema = z
  .object({
    value: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('na')]),
    comment: z.string().optional(),
  })
  .strict();

/** The `response` entity. Anonymous records carry no `updatedAt` and no `proxyBy`. */
const responseRecordSchema = z.object({
  schemaVersion: z.literal(1),
  campaignId: z.string(),
  kind: kindSchema,
  respondentKey: z.string(),
  departmentId: z.string().optional(),
  status: z.enum(['draft', 'submitted']),
  answers: z.record(z.string(), answerSchema),
  revision: z.number().int().positive(),
  updatedDay: z.string(),
  updatedAt: z.number().optional(),
  proxyBy: z.string().optional(),
});
export type ResponseRecord = z.infer<typeof responseRecordSchema>;

export const RESPONSE_RECORD: RecordKind<ResponseRecord> = {
  name: 'response',
  version: 1,
  schema: responseRecordSchema,
  migrations: { 0: addVersion },
};

/** Keeps undefined attributes out of the stored value (entity attributes are typed; absent is not null). */
export function toResponseRecord(response: StoredResponse): ResponseRecord {
  const record: ResponseRecord = {
    schemaVersion: 1,
    campaignId: response.campaignId,
    kind: response.kind,
    respondentKey: response.respondentKey,
    status: response.status,
    answers: response.answers,
    revision: response.revision,
    updatedDay: response.updatedDay,
  };
  if (response.departmentId !== undefined) record.departmentId = response.departmentId;
  if (response.updatedAt !== undefined) record.updatedAt = response.updatedAt;
  if (response.proxyBy !== undefined) record.proxyBy = response.proxyBy;
  return record;
}

export const fromResponseRecord = ({
  schemaVersion: _version,
  ...response
}: ResponseRecord): StoredResponse => response;
