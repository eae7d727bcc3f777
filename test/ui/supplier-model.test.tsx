/**
 * The admin page's Supplier model tab (issue 17, item 2): weights against 100 as they are typed, standings whose
 * thresholds cannot leave a gap, the server's field issues at their fields, a version in use, and read-only for
 * the procurement team and quality managers; in en-US and fr-FR.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_BANDS, DEFAULT_SUPPLIER_MODEL } from '../../src/domain/supplier-model';
import type { Payload } from '../../src/shared/contract';
import type { SupplierModelView } from '../../src/shared/contract/supplier-model';
import { bootApp, showMain } from './app';
import { fail, ok } from '../../src/shared/result';
import { fakeBackend, ME, plain, type UiBackend } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);
beforeAll(bootApp);

const S = en.ui.admin.supplierModel;
const view = (overrides: Partial<SupplierModelView> = {}): SupplierModelView => ({
  model: DEFAULT_SUPPLIER_MODEL,
  bands: [...DEFAULT_BANDS],
  inUse: false,
  versions: [{ version: 1, usedBy: [] }],
  ...overrides,
});

function backendWith(initial: SupplierModelView, roles: ('admin' | 'team' | 'quality')[] = ['admin']) {
  let current = initial;
  return fakeBackend({ access: { accountId: ME, roles, canBootstrap: false } })
    .on('supplier-model/get', () => ok(current))
    .on('supplier-model/save', (p) => {
      current = {
        ...current,
        model: { ...p.model, id: current.model.id, version: current.model.version },
        bands: p.bands,
      };
      return ok(current);
    });
}

async function showTab(backend: UiBackend, locale = 'en-US', tab = S.tab) {
  showMain({ moduleKey: 'admin-page', locale, backend });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('tab', { name: tab }));
  return user;
}

const weight = (n: number) => screen.getByRole('textbox', { name: `${S.weight} of criterion ${n}` });
const threshold = (n: number) => screen.getByRole('textbox', { name: `${S.bandUpTo} for standing ${n}` });

it('counts the weights against 100 as they are typed, and saves nothing until they add up', async () => {
  const backend = backendWith(view());
  const user = await showTab(backend);
  expect(await screen.findByText('Total: 100 of 100')).toBeInTheDocument();
  await user.clear(weight(1));
  await user.type(weight(1), '40');
  expect(screen.getByText('Total: 110 of 100')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: S.save }));
  expect(await screen.findByText('weights must add up to 100 (they add up to 110)')).toBeInTheDocument();
  expect(backend.payloadsOf('supplier-model/save')).toEqual([]);
  await user.clear(weight(2));
  await user.type(weight(2), '15');
  await user.click(screen.getByRole('button', { name: S.save }));
  expect(await screen.findByText('Supplier model saved (version 1).')).toBeInTheDocument();
  const [saved] = backend.payloadsOf('supplier-model/save') as Payload<'supplier-model/save'>[];
  expect(saved!.model.criteria.map((c) => c.weight)).toEqual([40, 15, 15, 15, 15]);
  expect(saved!.baseVersion).toBe(1);
});

it('moves the next standing with a threshold, and says when one would end before it starts', async () => {
  const backend = backendWith(view());
  const user = await showTab(backend);
  await screen.findByText('Total: 100 of 100');
  await user.clear(threshold(2));
  await user.type(threshold(2), '60');
  // Average now starts at 60: its own range says so.
  expect(screen.getByText('From 60 to under 80')).toBeInTheDocument();
  await user.clear(threshold(2));
  await user.type(threshold(2), '85');
  await user.click(screen.getByRole('button', { name: S.save }));
  const field = threshold(3);
  expect(field).toHaveAccessibleDescription(/must end above where it starts/);
  expect(backend.payloadsOf('supplier-model/save')).toEqual([]);
});

it('shows the server’s issues at their fields: a gap in the standings at the threshold the reader typed', async () => {
  const backend = backendWith(view()).on('supplier-model/save', () =>
    fail('INVALID_PAYLOAD', 'supplierModel.invalid', undefined, [
      { path: 'bands.2.from', reason: 'bands.gap', message: 'gap' },
    ]),
  );
  const user = await showTab(backend);
  await screen.findByText('Total: 100 of 100');
  await user.click(screen.getByRole('button', { name: S.save }));
  expect(await screen.findByText(en.ui.admin.validation.fixFields)).toBeInTheDocument();
  expect(threshold(2)).toHaveAccessibleDescription(/leaves a gap after the standing before it/);
});

it('says a version in use is kept, and saves the edit as the next version', async () => {
  const backend = backendWith(view({ inUse: true, versions: [{ version: 1, usedBy: ['campaign-1'] }] }));
  await showTab(backend);
  expect(await screen.findByText(S.inUseTitle)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Save as version 2' })).toBeInTheDocument();
});

it.each([['team' as const], ['quality' as const]])('is read-only for the %s role', async (role) => {
  await showTab(backendWith(view(), [role]));
  expect(await screen.findByText(S.readOnly)).toBeInTheDocument();
  const table = screen.getByRole('table');
  expect(within(table).getAllByRole('row')).toHaveLength(1 + DEFAULT_SUPPLIER_MODEL.criteria.length);
  expect(screen.getByText('A comment is required: At 1 and 2')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: S.save })).not.toBeInTheDocument();
});

it('speaks French to a French reader', async () => {
  const F = fr.ui.admin.supplierModel;
  await showTab(backendWith(view()), 'fr-FR', F.tab);
  expect(await screen.findByRole('heading', { level: 2, name: F.heading })).toBeInTheDocument();
  expect(screen.getByText(plain('Total\u00a0: 100 sur 100'))).toBeInTheDocument();
});
