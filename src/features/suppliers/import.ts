/**
 * suppliers/import: a CSV file's preview (`commit: false`), or its import (`commit: true`): the same preview is
 * made again on the server, and any refused row, or a file error, writes nothing at all.
 */
import { dayOf } from '../../domain/common';
import { planNewSupplier, previewImport } from '../../domain/suppliers';
import type { Ports } from '../../ports';
import type { ImportView } from '../../shared/contract/suppliers';
import { fail, ok, type Result } from '../../shared/result';
import { invokedBytesOf, LIMITS } from '../../shared/limits';
import { normalizeText, singleLine } from '../../shared/text';
import { peopleOf } from '../common';
import type { Request } from '../router';

type ImportPorts = Pick<Ports, 'suppliers' | 'confluence' | 'clock' | 'ids'>;

/** The contract's cleaning of one line of text: what the form's fields get too. */
const clean = (text: string): string => singleLine(normalizeText(text));

export async function importSuppliers(
  { payload: { csv, commit }, accountId, access }: Request<'suppliers/import'>,
  ports: ImportPorts,
): Promise<Result<ImportView>> {
  // What the dialog checks before sending: a larger file could not reach Forge in one invocation.
  if (invokedBytesOf(csv) > LIMITS.supplierCsvBytes) return fail('INVALID_PAYLOAD', 'import.tooLarge');
  const { roles, settings } = await access();
  const teamIds = settings?.team ?? [];
  const person = await peopleOf(ports, teamIds);
  const preview = previewImport(csv, {
    team: teamIds.map(person),
    registerNames: await ports.suppliers.nameKeys(),
    clean,
    ...(roles.includes('admin') ? {} : { ownerMustBe: accountId }),
  });
  const view: ImportView = {
    ...preview,
    rows: preview.rows.map((row) => ({
      ...row,
      ownerName: row.ownerAccountId === null ? null : person(row.ownerAccountId).displayName,
    })),
    written: 0,
  };
  if (!commit) return ok(view);
  if (preview.fileError) return fail('INVALID_PAYLOAD', preview.fileError.reason, preview.fileError.params);
  if (preview.refused > 0) return fail('INVALID_PAYLOAD', 'import.refused', { count: preview.refused });
  const now = ports.clock.now();
  const suppliers = preview.rows.map((row) =>
    planNewSupplier(
      ports.ids.supplierId(),
      {
        name: row.name,
        category: row.category,
        ownerAccountId: row.ownerAccountId ?? accountId,
        status: 'active',
        nextEvaluationOn: null,
        departments: [],
      },
      dayOf(now),
      now,
    ),
  );
  // Another import or save took one of these names since the preview: nothing of this file was kept.
  if ((await ports.suppliers.createAll(suppliers)) === 'conflict')
    return fail('CONFLICT', 'import.namesTaken');
  return ok({ ...view, written: suppliers.length });
}
