/**
 * axe-core on the supplier register (jsdom), in English and French: the list as an admin, the supplier's modal with
 * its validation messages, and the import's preview with a refused row. No serious or critical violation; colour
 * contrast needs a real browser (see ./axe.ts).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { aSupplierView, registerBackend } from './suppliers-register';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

describe.each([
  ['en-US', en],
  ['fr-FR', fr],
] as const)('supplier register accessibility (%s)', (locale, texts) => {
  const open = async () => {
    const backend = registerBackend({ suppliers: [aSupplierView(1), aSupplierView(2)], role: 'admin' });
    showMain({ moduleKey: 'suppliers-page', locale, backend });
    await screen.findByRole('table', { name: texts.ui.suppliers.tableCaption });
    return userEvent.setup();
  };

  it('the list and the supplier modal with its messages', async () => {
    const user = await open();
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: texts.ui.suppliers.add }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: texts.ui.suppliers.save }));
    expect(within(dialog).getAllByText(texts.ui.suppliers.required).length).toBeGreaterThan(0);
    expect(await seriousViolations()).toEqual([]);
  });

  it('the import preview with a refused row', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: texts.ui.suppliers.importCsv }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText(texts.ui.suppliers.import.paste));
    await user.paste('name,category,owner\n=1+1,Metals,Nobody\n');
    await user.click(within(dialog).getByRole('button', { name: texts.ui.suppliers.import.preview }));
    await within(dialog).findByRole('table', { name: texts.ui.suppliers.import.refusedCaption });
    expect(await seriousViolations()).toEqual([]);
  });
});
