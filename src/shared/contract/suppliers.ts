/** The supplier register (issue 17): list with search and filters, read, save, import from CSV. */
import { z } from 'zod';
import type { ImportFileReason, ImportRow, Supplier } from '../../domain/suppliers';
import { LIMITS } from '../limits';
import { accountIdSchema, daySchema, idSchema, revisionSchema, textSchema, type UserRef } from './common';
import { endpoint } from './endpoint';

/** The register's limits (zod-free, in ../limits, for the UI's own checks too). */
export const SUPPLIER_FIELD_LIMITS = {
  name: LIMITS.supplierName,
  category: LIMITS.supplierCategory,
  csvBytes: LIMITS.supplierCsvBytes,
  pageSize: LIMITS.supplierPage,
} as const;

/** Supplier ids are the app's own: `sup-` and 16 hex digits (never `__proto__`, never a client's choice). */
export const supplierIdSchema = z.string().regex(/^sup-[a-f0-9]{16}$/, 'is not a supplier id');
const statusSchema = z.enum(['active', 'watch', 'archived']);

export const supplierInputSchema = z
  .object({
    id: supplierIdSchema.optional(),
    name: textSchema({ min: 1, max: SUPPLIER_FIELD_LIMITS.name, line: true }),
    category: textSchema({ min: 1, max: SUPPLIER_FIELD_LIMITS.category, line: true }),
    ownerAccountId: accountIdSchema,
    status: statusSchema,
    nextEvaluationOn: daySchema.nullable(),
    departments: z.array(idSchema).max(LIMITS.departments),
  })
  .strict();
export type SupplierInput = z.infer<typeof supplierInputSchema>;

export interface SupplierView extends Supplier {
  owner: UserRef;
  /** The caller may change it (an admin; its owning buyer). */
  canEdit: boolean;
}

export interface SupplierListView {
  items: SupplierView[];
  /** More suppliers match: send it back with the same query and filters. */
  nextCursor?: string;
  /** The caller may add suppliers and import them (admin, buyers). */
  canCreate: boolean;
  /** The caller may reassign owners (admin). */
  canReassign: boolean;
  /** Who asks: a buyer's new supplier is theirs. */
  viewerAccountId: string;
  /** The buyers a supplier may be owned by (the team role), for the filters and the form. */
  team: UserRef[];
}

export interface ImportRowView extends ImportRow {
  /** The owning buyer's display name, when the row names one. */
  ownerName: string | null;
}

export interface ImportView {
  rows: ImportRowView[];
  fileError?: { reason: ImportFileReason; params?: Record<string, string> };
  refused: number;
  /** Suppliers written: 0 for a preview. */
  written: number;
}

export const supplierListSchema = z
  .object({
    query: textSchema({ max: SUPPLIER_FIELD_LIMITS.name, line: true }),
    status: statusSchema.optional(),
    category: textSchema({ min: 1, max: SUPPLIER_FIELD_LIMITS.category, line: true }).optional(),
    ownerAccountId: accountIdSchema.optional(),
    cursor: z.string().min(1).max(LIMITS.cursor).optional(),
  })
  .strict();

export const suppliersContract = {
  'suppliers/list': endpoint(supplierListSchema).returns<SupplierListView>(),
  'suppliers/get': endpoint(z.object({ supplierId: supplierIdSchema }).strict()).returns<SupplierView>(),
  'suppliers/save': endpoint(
    z.object({ supplier: supplierInputSchema, baseRevision: revisionSchema }).strict(),
  ).returns<SupplierView>(),
  'suppliers/import': endpoint(
    // Characters never exceed bytes: the import counts the bytes, and says so with its own reason.
    z.object({ csv: z.string().max(SUPPLIER_FIELD_LIMITS.csvBytes), commit: z.boolean() }).strict(),
  ).returns<ImportView>(),
} as const;
