/**
 * The supplier register's records and rules (issue 17, item 1): what a supplier is, which text it may hold, who may
 * write it, and when it is next evaluated. Pure: the features read and write through the ports.
 */
import { isCalendarDay, type DefinitionProblem } from '../common';
import type { AppRole } from '../roles';

export type SupplierStatus = 'active' | 'watch' | 'archived';
export interface Supplier {
  id: string; // server-made ('sup-' + the runtime's id), never chosen by a client
  name: string; // cleaned text, 1..120
  category: string; // cleaned text, 1..60 (free text; the list of categories is what the register holds)
  ownerAccountId: string; // the owning buyer: a member of the team role
  status: SupplierStatus;
  nextEvaluationOn: string | null; // calendar day (real days only: src/domain/common isCalendarDay)
  departments: string[]; // ids of the departments that use it (optional: may be empty)
  createdAt: number;
  updatedAt: number;
  revision: number;
}

export const SUPPLIER_STATUSES: readonly SupplierStatus[] = ['active', 'watch', 'archived'];

export const SUPPLIER_LIMITS = { name: 120, category: 60 } as const;

/** What a client may set: everything but the id, the times and the revision. */
export type SupplierFields = Pick<
  Supplier,
  'name' | 'category' | 'ownerAccountId' | 'status' | 'nextEvaluationOn' | 'departments'
>;

export type SupplierReason =
  | 'field.required'
  | 'field.tooShort'
  | 'field.tooLong'
  | 'field.day'
  | 'supplier.formula'
  | 'supplier.nameTaken'
  | 'supplier.ownerNotBuyer';

/**
 * The form in which names are compared and searched: format characters dropped (zero-width space, soft hyphen,
 * word joiner…), compatibility forms folded (NFKC: full-width letters, ligatures), case folded (`ß` and `ss` alike),
 * accents of Latin letters dropped, runs of spaces as one. "Müller GmbH", "muller  gmbh", "MULLER GMBH" and
 * "ＭÜＬＬＥＲ GmbH" are one name, so neither the register nor an import holds it twice. Marks of other scripts
 * are kept: they are letters' parts there (Devanagari vowel signs, Arabic harakat), and dropping them would make
 * different names one. A mark with no letter before it draws no name of its own: it is dropped.
 */
export const nameKeyOf = (text: string): string =>
  text
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/(^|\s)\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * A spreadsheet reads a cell starting with one of these as a formula (CSV injection): such text is refused rather
 * than altered, so that what is stored is what was typed, and no export has to guess.
 */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@\t\r]/u.test(text);

/** Problems of a supplier's cleaned fields against the rules (the team: who may own a supplier). */
export function supplierProblems(
  fields: SupplierFields,
  team: readonly string[],
): DefinitionProblem<SupplierReason>[] {
  const problems: DefinitionProblem<SupplierReason>[] = [];
  const text = (path: 'name' | 'category', value: string) => {
    const max = SUPPLIER_LIMITS[path];
    if (value.length === 0) problems.push({ path, reason: 'field.tooShort', params: { min: '1' } });
    // Text that folds to nothing (a lone accent) names nothing: it could not be told from another.
    else if (nameKeyOf(value).length === 0) problems.push({ path, reason: 'field.required' });
    else if (value.length > max)
      problems.push({ path, reason: 'field.tooLong', params: { max: String(max) } });
    else if (looksLikeFormula(value)) problems.push({ path, reason: 'supplier.formula' });
  };
  text('name', fields.name);
  text('category', fields.category);
  if (!team.includes(fields.ownerAccountId)) {
    problems.push({ path: 'ownerAccountId', reason: 'supplier.ownerNotBuyer' });
  }
  if (fields.nextEvaluationOn !== null && !isCalendarDay(fields.nextEvaluationOn)) {
    problems.push({ path: 'nextEvaluationOn', reason: 'field.day' });
  }
  return problems;
}

/** Why a caller may not write a supplier: not in the register's team, or not the supplier's owner. */
export type SupplierWriteRefusal = 'not-keeper' | 'not-owner' | 'owner-fixed';

/**
 * Who writes the register: an admin any supplier; a buyer creates suppliers they own and edits those they own,
 * without handing them to someone else (only an admin reassigns the owner). Quality managers and everyone else
 * only read, or not even that.
 */
export function supplierWriteRefusal(
  roles: readonly AppRole[],
  accountId: string,
  existing: Pick<Supplier, 'ownerAccountId'> | undefined,
  next: Pick<Supplier, 'ownerAccountId'>,
): SupplierWriteRefusal | undefined {
  if (roles.includes('admin')) return undefined;
  if (!roles.includes('team')) return 'not-keeper';
  if (existing && existing.ownerAccountId !== accountId) return 'not-owner';
  if (next.ownerAccountId !== accountId) return 'owner-fixed';
  return undefined;
}

/**
 * The default next evaluation: the same day a year later (29 February falls on 28 February), as ISO 9001 8.4.1's
 * re-evaluation is yearly unless the buyer decides otherwise.
 */
export function oneYearAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year + 1, 4)}-${pad(month)}-${pad(Math.min(date, last))}`;
}

/** A new supplier's record from its cleaned fields (no date given: a year after today). */
export function planNewSupplier(id: string, fields: SupplierFields, today: string, now: number): Supplier {
  return {
    id,
    ...fields,
    departments: [...new Set(fields.departments)],
    nextEvaluationOn: fields.nextEvaluationOn ?? oneYearAfter(today),
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

/** An edited supplier: the same id and creation, the next revision. */
export const planEditedSupplier = (existing: Supplier, fields: SupplierFields, now: number): Supplier => ({
  ...existing,
  ...fields,
  departments: [...new Set(fields.departments)],
  updatedAt: now,
  revision: existing.revision + 1,
});
