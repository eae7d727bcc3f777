/**
 * suppliers/save: create a supplier (no id, revision 0) or change one (its id and the revision it was read at):
 * its fields, its status (archiving included: the record stays), its owner (an admin only).
 */
import { dayOf } from '../../domain/common';
import {
  nameKeyOf,
  planEditedSupplier,
  planNewSupplier,
  supplierProblems,
  supplierWriteRefusal,
  type SupplierWriteRefusal,
} from '../../domain/suppliers';
import type { Ports } from '../../ports';
import type { SupplierView } from '../../shared/contract/suppliers';
import { fail, issue, ok, type Failure, type Result } from '../../shared/result';
import { peopleOf } from '../common';
import type { Request } from '../router';
import { supplierView } from './views';

type SavePorts = Pick<Ports, 'suppliers' | 'confluence' | 'clock' | 'ids'>;

const stale = (): Failure => fail('CONFLICT', 'supplier.stale');
const nameTaken = () => issue('supplier.name', 'supplier.nameTaken');

function refused(refusal: SupplierWriteRefusal): Failure {
  switch (refusal) {
    case 'not-keeper':
      return fail('FORBIDDEN', 'forbidden.editSuppliers');
    case 'not-owner':
      return fail('FORBIDDEN', 'supplier.notYours');
    case 'owner-fixed':
      return fail('FORBIDDEN', 'supplier.ownerFixed');
  }
}

export async function saveSupplier(
  { payload: { supplier: input, baseRevision }, accountId, access }: Request<'suppliers/save'>,
  ports: SavePorts,
): Promise<Result<SupplierView>> {
  const { roles, settings } = await access();
  const { id, ...fields } = input;
  const existing = id === undefined ? undefined : await ports.suppliers.read(id);
  if (id !== undefined && !existing) return fail('NOT_FOUND', 'supplier.missing');
  const refusal = supplierWriteRefusal(roles, accountId, existing, fields);
  if (refusal) return refused(refusal);
  if (existing ? existing.revision !== baseRevision : baseRevision !== 0) {
    return existing ? stale() : fail('INVALID_PAYLOAD', 'supplier.newAtRevisionZero');
  }
  // A supplier keeps its owner when that buyer has left the team: only a change of owner must name a buyer.
  const owners = [...(settings?.team ?? []), ...(existing ? [existing.ownerAccountId] : [])];
  const problems = supplierProblems(fields, owners).map((p) =>
    issue(`supplier.${p.path}`, p.reason, p.params),
  );
  const sameName = await ports.suppliers.named(nameKeyOf(fields.name));
  if (sameName.some((other) => other.id !== id)) problems.push(nameTaken());
  if (problems.length > 0) return fail('INVALID_PAYLOAD', 'supplier.inconsistent', undefined, problems);
  const now = ports.clock.now();
  const saved = existing
    ? planEditedSupplier(existing, fields, now)
    : planNewSupplier(ports.ids.supplierId(), fields, dayOf(now), now);
  const outcome = existing
    ? await ports.suppliers.update(saved, existing.revision, existing)
    : await ports.suppliers.create(saved);
  if (outcome === 'conflict') {
    // The check above read the register before writing: a concurrent write of the name wins by its claim.
    const holder = await ports.suppliers.nameHolder(nameKeyOf(saved.name));
    if (holder !== undefined && holder !== saved.id) {
      return fail('INVALID_PAYLOAD', 'supplier.inconsistent', undefined, [nameTaken()]);
    }
    return stale();
  }
  const person = await peopleOf(ports, [saved.ownerAccountId]);
  return ok(supplierView(saved, person, roles, accountId));
}
