/** The survey's "Suppliers you use" step (issue 17, item 3): the caller's ratings, the picker, the save. */
import { z } from 'zod';
import { MAX_RATINGS_PER_SAVE } from '../../domain/supplier-ratings';
import type { SupplierAnswer, SupplierModel } from '../../domain/supplier-model';
import { LIMITS } from '../limits';
import { byCampaignSchema, idSchema, revisionSchema, textSchema } from './common';
import { endpoint } from './endpoint';
import { supplierIdSchema } from './suppliers';

/** The most suppliers one pick answers. */
export const PICK_LIMIT = 20;

const answerSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('na')]);

/**
 * Values by criterion id. A record's parse silently drops a `__proto__` key: such a payload is refused before,
 * rather than saved without what the person typed. Which ids exist is the frozen model's to say.
 */
const byCriterion = <T extends z.ZodType>(value: T) =>
  z
    .unknown()
    .refine((raw) => typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, '__proto__'), {
      message: 'has a prototype key',
    })
    .pipe(z.record(idSchema, value))
    .refine((byId) => Object.keys(byId).length <= LIMITS.supplierCriteria, {
      message: 'has too many criteria',
    });

const ratingInputSchema = z
  .object({
    supplierId: supplierIdSchema,
    answers: byCriterion(answerSchema),
    comments: byCriterion(textSchema({ max: LIMITS.comment })),
    revision: revisionSchema,
    submit: z.boolean(),
  })
  .strict();

/** One of the caller's ratings, with the supplier's name. */
export interface SupplierRatingView {
  supplierId: string;
  supplierName: string;
  answers: Record<string, SupplierAnswer>;
  comments: Record<string, string>;
  status: 'draft' | 'submitted';
  revision: number;
}

export interface SupplierRatingsView {
  /** The supplier model the campaign froze: what is asked. */
  model: SupplierModel;
  ratings: SupplierRatingView[];
  /** Ratings can still change (the campaign is open). */
  editable: boolean;
}

export interface SupplierChoiceView {
  id: string;
  name: string;
  category: string;
}

export const supplierRatingsContract = {
  'supplier-ratings/mine': endpoint(byCampaignSchema).returns<SupplierRatingsView>(),
  'supplier-ratings/pick': endpoint(
    z
      .object({ campaignId: idSchema, query: textSchema({ min: 1, max: LIMITS.supplierName, line: true }) })
      .strict(),
  ).returns<SupplierChoiceView[]>(),
  'supplier-ratings/save': endpoint(
    z
      .object({
        campaignId: idSchema,
        ratings: z.array(ratingInputSchema).min(1).max(MAX_RATINGS_PER_SAVE),
      })
      .strict(),
  ).returns<SupplierRatingView[]>(),
} as const;
