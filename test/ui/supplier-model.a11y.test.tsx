/**
 * axe-core on the admin page's Supplier model tab (jsdom): the admin's editor with a field in error, and the
 * read-only view of a quality manager, in English and French. No serious or critical violation.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_BANDS, DEFAULT_SUPPLIER_MODEL } from '../../src/domain/supplier-model';
import { ok } from '../../src/shared/result';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { fakeBackend, ME } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);
beforeAll(bootApp);

const backendAs = (role: 'admin' | 'quality') =>
  fakeBackend({ access: { accountId: ME, roles: [role], canBootstrap: false } }).on(
    'supplier-model/get',
    () =>
      ok({
        model: DEFAULT_SUPPLIER_MODEL,
        bands: [...DEFAULT_BANDS],
        inUse: true,
        versions: [{ version: 1, usedBy: ['campaign-1'] }],
      }),
  );

describe.each([
  ['en-US', en.ui.admin, en.ui.reasons],
  ['fr-FR', fr.ui.admin, fr.ui.reasons],
])('supplier model accessibility (%s)', (locale, A, R) => {
  it('the admin’s editor, with a weight in error', async () => {
    showMain({ moduleKey: 'admin-page', locale, backend: backendAs('admin') });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: A.tabs.supplierModel }));
    await screen.findByText(A.supplierModel.inUseTitle);
    const [firstWeight] = screen.getAllByRole('textbox', { name: new RegExp(`^${A.supplierModel.weight}`) });
    await user.clear(firstWeight!);
    await user.click(
      screen.getByRole('button', { name: A.supplierModel.saveNewVersion.replace('{next}', '2') }),
    );
    await screen.findByText(R.supplierModel.weightNotWhole);
    expect(await seriousViolations()).toEqual([]);
  });

  it('the read-only model of a quality manager', async () => {
    showMain({ moduleKey: 'admin-page', locale, backend: backendAs('quality') });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: A.tabs.supplierModel }));
    await screen.findByText(A.supplierModel.readOnly);
    expect(await seriousViolations()).toEqual([]);
  });
});
