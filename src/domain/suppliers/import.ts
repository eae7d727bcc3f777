/**
 * Importing suppliers from CSV (`name,category,owner`): a preview where every row says what is wrong with it, so
 * that a file is imported whole or not at all. The same preview decides the commit, re-done on the server.
 */
import { parseCsv } from './csv';
import { looksLikeFormula, nameKeyOf, SUPPLIER_LIMITS } from './supplier';

/** The most rows one import takes: the register's expected size. */
export const IMPORT_MAX_ROWS = 5000;

/** A buyer the owner column may name: by account id, or by display name. */
export interface ImportMember {
  accountId: string;
  displayName: string;
}

export type ImportField = 'name' | 'category' | 'owner' | 'row';
export type ImportRowReason =
  | 'import.empty'
  | 'import.tooLong'
  | 'import.formula'
  | 'import.duplicateInFile'
  | 'import.duplicateInRegister'
  | 'import.unknownOwner'
  | 'import.ambiguousOwner'
  | 'import.notYourOwn'
  | 'import.columns';

export interface ImportRowError {
  field: ImportField;
  reason: ImportRowReason;
  params?: Record<string, string>;
}

export interface ImportRow {
  /** The file's line (the header is line 1). */
  line: number;
  name: string;
  category: string;
  /** The owner as the file gives it. */
  owner: string;
  /** The buyer it names, when exactly one does. */
  ownerAccountId: string | null;
  errors: ImportRowError[];
}

export type ImportFileReason =
  | 'import.noRows'
  | 'import.header'
  | 'import.duplicateColumn'
  | 'import.tooManyRows'
  | 'import.unclosedQuote';

export interface ImportPreview {
  rows: ImportRow[];
  /** What makes the whole file unusable: nothing can be imported. */
  fileError?: { reason: ImportFileReason; params?: Record<string, string> };
  /** Rows with at least one error: any makes the commit refuse the file. */
  refused: number;
}

export interface ImportContext {
  /** The buyers (team role) an owner may be. */
  team: readonly ImportMember[];
  /** The register's names, as `nameKeyOf` gives them. */
  registerNames: ReadonlySet<string>;
  /** The app's one text cleaning (the contract's): one line, controls and invisible edges dropped. */
  clean: (text: string) => string;
  /** A buyer imports suppliers they own: set to the buyer's account id; absent for an admin. */
  ownerMustBe?: string;
}

const HEADER = ['name', 'category', 'owner'] as const;

function textErrors(field: 'name' | 'category', raw: string, clean: string): ImportRowError[] {
  // Text that folds to nothing (a lone accent) names nothing either.
  if (nameKeyOf(clean).length === 0) return [{ field, reason: 'import.empty' }];
  const max = SUPPLIER_LIMITS[field];
  if (clean.length > max) return [{ field, reason: 'import.tooLong', params: { max: String(max) } }];
  // The raw cell too: a tab or a line break before `=` is dropped by the cleaning but still read by a spreadsheet.
  if (looksLikeFormula(raw) || looksLikeFormula(clean)) return [{ field, reason: 'import.formula' }];
  return [];
}

/** The buyer an owner cell names: an account id of the team, else a display name that only one buyer has. */
function ownerOf(
  raw: string,
  owner: string,
  context: ImportContext,
): { accountId: string | null; errors: ImportRowError[] } {
  if (owner.length === 0) return { accountId: null, errors: [{ field: 'owner', reason: 'import.empty' }] };
  if (looksLikeFormula(raw) || looksLikeFormula(owner)) {
    return { accountId: null, errors: [{ field: 'owner', reason: 'import.formula' }] };
  }
  const byId = context.team.find((m) => m.accountId === owner);
  const key = nameKeyOf(owner);
  const byName = context.team.filter((m) => nameKeyOf(m.displayName) === key);
  const found = byId ? [byId] : byName;
  if (found.length === 0)
    return { accountId: null, errors: [{ field: 'owner', reason: 'import.unknownOwner' }] };
  if (found.length > 1)
    return { accountId: null, errors: [{ field: 'owner', reason: 'import.ambiguousOwner' }] };
  const accountId = found[0]!.accountId;
  if (context.ownerMustBe !== undefined && accountId !== context.ownerMustBe) {
    return { accountId, errors: [{ field: 'owner', reason: 'import.notYourOwn' }] };
  }
  return { accountId, errors: [] };
}

/**
 * The columns of the header line; a file error when it lacks one of name, category and owner, or names one twice
 * (which of the two columns a row's value comes from would be a guess).
 */
function columnsOf(
  header: readonly string[],
  clean: (text: string) => string,
): number[] | NonNullable<ImportPreview['fileError']> {
  const names = header.map((cell) => clean(cell).toLowerCase());
  const twice = HEADER.find((column) => names.indexOf(column) !== names.lastIndexOf(column));
  if (twice) return { reason: 'import.duplicateColumn', params: { column: twice } };
  const columns = HEADER.map((column) => names.indexOf(column));
  return columns.every((c) => c >= 0) ? columns : { reason: 'import.header' };
}

/** The preview of an import: each data row with its errors, or the file's own error. */
export function previewImport(csv: string, context: ImportContext): ImportPreview {
  // Only records with text count toward the cap (the header, then one more than allowed to tell "too many").
  const filled = (fields: string[]) => fields.some((f) => context.clean(f).length > 0);
  const { records, unclosedQuote, truncated } = parseCsv(csv, IMPORT_MAX_ROWS + 2, filled);
  const [header, ...data] = records;
  if (unclosedQuote) return { rows: [], refused: 0, fileError: { reason: 'import.unclosedQuote' } };
  if (!header) return { rows: [], refused: 0, fileError: { reason: 'import.header' } };
  const columns = columnsOf(header.fields, context.clean);
  if (!Array.isArray(columns)) return { rows: [], refused: 0, fileError: columns };
  if (data.length === 0) return { rows: [], refused: 0, fileError: { reason: 'import.noRows' } };
  if (data.length > IMPORT_MAX_ROWS || truncated) {
    const params = { max: String(IMPORT_MAX_ROWS) };
    return { rows: [], refused: 0, fileError: { reason: 'import.tooManyRows', params } };
  }
  const firstLineOf = new Map<string, number>();
  const rows = data.map(({ line, fields }): ImportRow => {
    const [rawName, rawCategory, rawOwner] = columns.map((c) => fields[c] ?? '') as [string, string, string];
    const [name, category, owner] = [rawName, rawCategory, rawOwner].map(context.clean) as [
      string,
      string,
      string,
    ];
    const resolved = ownerOf(rawOwner, owner, context);
    const errors = [
      ...(fields.length !== header.fields.length
        ? [{ field: 'row' as const, reason: 'import.columns' as const }]
        : []),
      ...textErrors('name', rawName, name),
      ...textErrors('category', rawCategory, category),
      ...resolved.errors,
    ];
    const key = nameKeyOf(name);
    const first = firstLineOf.get(key);
    if (key.length > 0 && context.registerNames.has(key)) {
      errors.push({ field: 'name', reason: 'import.duplicateInRegister' });
    } else if (first !== undefined) {
      errors.push({ field: 'name', reason: 'import.duplicateInFile', params: { line: String(first) } });
    } else if (key.length > 0) firstLineOf.set(key, line);
    return { line, name, category, owner, ownerAccountId: resolved.accountId, errors };
  });
  return { rows, refused: rows.filter((r) => r.errors.length > 0).length };
}
