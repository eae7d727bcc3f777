/** The supplier model (what internal customers are asked about a supplier) and its standing bands. */
import { z } from 'zod';
import type { StandingBand, SupplierModel } from '../../domain/supplier-model';
import { LIMITS } from '../limits';
import { idSchema, localizedTextSchema as localized } from './common';
import { endpoint } from './endpoint';

const localizedTextSchema = localized(LIMITS.localizedText);
const labelSchema = localized(LIMITS.bandLabel);

/**
 * The company has one supplier model: its id is the server's, as its version is. Loose bounds only: the domain says what is wrong with a model (3–8 criteria, weights summing to 100, bands
 * covering 0–100) field by field, in the reader's language; these keep a payload small and typed.
 */
export const supplierModelInputSchema = z
  .object({
    name: localizedTextSchema,
    commentRequiredAtOrBelow: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    criteria: z
      .array(
        z
          .object({
            id: idSchema,
            text: localizedTextSchema,
            weight: z.number().int().min(0).max(100),
          })
          .strict(),
      )
      .max(LIMITS.supplierCriteria),
  })
  .strict() satisfies z.ZodType<Omit<SupplierModel, 'version' | 'id'>>;

export const bandsInputSchema = z
  .array(
    z
      .object({
        id: idSchema,
        label: labelSchema,
        from: z.number().int().min(0).max(100),
        to: z.number().int().min(0).max(100),
      })
      .strict(),
  )
  .max(LIMITS.bands) satisfies z.ZodType<StandingBand[]>;

export interface SupplierModelView {
  model: SupplierModel;
  bands: StandingBand[];
  /** The latest version is frozen into an opened campaign: saving creates a new version. */
  inUse: boolean;
  versions: { version: number; usedBy: string[] }[];
}

export const supplierModelContract = {
  'supplier-model/get': endpoint(z.object({}).strict()).returns<SupplierModelView>(),
  'supplier-model/save': endpoint(
    z
      .object({
        model: supplierModelInputSchema,
        bands: bandsInputSchema,
        baseVersion: z.number().int().min(0).max(LIMITS.revision),
      })
      .strict(),
  ).returns<SupplierModelView>(),
} as const;
