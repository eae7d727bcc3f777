/**
 * A small supplier register behind the UI tests' fake backend: suppliers/list answers from `suppliers` (name prefix
 * as the server compares names, status, category, owner, pages of `pageSize`), save and import are recorded and
 * answered as the server would for the cases the tests drive. The import preview is the domain's own.
 */
import { nameKeyOf, previewImport } from '../../src/domain/suppliers';
import type { UserRef } from '../../src/shared/contract/common';
import type { SupplierListView, SupplierView } from '../../src/shared/contract/suppliers';
import { fail, ok } from '../../src/shared/result';
import { normalizeText, singleLine } from '../../src/shared/text';
import { fakeBackend, type UiBackend } from './backend';
import { PEOPLE, personaNamed } from '../helpers/people';

const person = (id: string): UserRef => ({
  accountId: id,
  displayName: personaNamed(nameOfId(id)).displayName,
});
const NAMES: Record<string, string> = {
  [PEOPLE.grace]: 'Grace Okafor',
  [PEOPLE.hugo]: 'Hugo Moreau',
  [PEOPLE.jean]: 'Jean Rousseau',
};
function nameOfId(id: string): string {
  return NAMES[id] ?? 'Alice Martin';
}
export const TEAM = [person(PEOPLE.grace), person(PEOPLE.hugo)];

export function aSupplierView(n: number, overrides: Partial<SupplierView> = {}): SupplierView {
  const owner = overrides.ownerAccountId ?? PEOPLE.grace;
  return {
    id: `sup-${n.toString(16).padStart(16, '0')}`,
    name: `Supplier ${n}`,
    category: 'Logistics',
    ownerAccountId: owner,
    owner: person(owner),
    status: 'active',
    nextEvaluationOn: '2027-03-01',
    departments: [],
    createdAt: 0,
    updatedAt: 0,
    revision: 1,
    canEdit: true,
    ...overrides,
  };
}

export interface RegisterOptions {
  suppliers: SupplierView[];
  role: 'admin' | 'buyer' | 'quality' | 'customer';
  pageSize?: number;
}

export function registerBackend({ suppliers, role, pageSize = 50 }: RegisterOptions): UiBackend {
  const viewer = role === 'admin' ? PEOPLE.jean : role === 'buyer' ? PEOPLE.grace : PEOPLE.ines;
  const backend = fakeBackend();
  backend.on('suppliers/list', (payload) => {
    if (role === 'customer') return fail('FORBIDDEN', 'forbidden.seeSuppliers');
    const prefix = nameKeyOf(payload.query);
    const matches = suppliers.filter(
      (s) =>
        nameKeyOf(s.name).startsWith(prefix) &&
        (payload.status ? s.status === payload.status : s.status !== 'archived') &&
        (!payload.category || nameKeyOf(s.category) === nameKeyOf(payload.category)) &&
        (!payload.ownerAccountId || s.ownerAccountId === payload.ownerAccountId),
    );
    const from = payload.cursor ? Number(payload.cursor) : 0;
    const items = matches
      .slice(from, from + pageSize)
      .map((s) => ({ ...s, canEdit: role === 'admin' || (role === 'buyer' && s.ownerAccountId === viewer) }));
    const view: SupplierListView = {
      items,
      ...(from + pageSize < matches.length ? { nextCursor: String(from + pageSize) } : {}),
      canCreate: role === 'admin' || role === 'buyer',
      canReassign: role === 'admin',
      viewerAccountId: viewer,
      team: TEAM,
    };
    return ok(view);
  });
  backend.on('suppliers/save', ({ supplier }) => {
    const saved = aSupplierView(suppliers.length + 100, { ...supplier, revision: 1 });
    return ok(saved);
  });
  backend.on('suppliers/import', ({ csv, commit }) => {
    const preview = previewImport(csv, {
      team: TEAM,
      registerNames: new Set(suppliers.map((s) => nameKeyOf(s.name))),
      clean: (text) => singleLine(normalizeText(text)),
    });
    if (commit && preview.refused > 0)
      return fail('INVALID_PAYLOAD', 'import.refused', { count: preview.refused });
    const rows = preview.rows.map((r) => ({
      ...r,
      ownerName: r.ownerAccountId ? person(r.ownerAccountId).displayName : null,
    }));
    return ok({ ...preview, rows, written: commit ? rows.length : 0 });
  });
  return backend;
}
