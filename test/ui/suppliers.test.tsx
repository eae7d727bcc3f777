/**
 * The supplier register's page (issue 17, item 1): the list with its statuses and next evaluations, the server's
 * search as typing pauses, filters, Show more, add and edit with validation, archive, the CSV import's preview
 * (Import disabled while a row is refused), read-only for a quality manager, the refusal for a customer; French.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PEOPLE } from '../helpers/people';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { aSupplierView, registerBackend, type RegisterOptions } from './suppliers-register';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const SUPPLIERS = [
  aSupplierView(1, { name: 'Müller GmbH', category: 'Metals', status: 'watch' }),
  aSupplierView(2, { name: 'Acme Steel', ownerAccountId: PEOPLE.hugo }),
  aSupplierView(3, { name: 'Old Co', status: 'archived' }),
];

const show = (options: Partial<RegisterOptions> = {}, locale = 'en-US') => {
  const backend = registerBackend({ suppliers: SUPPLIERS, role: 'admin', ...options });
  showMain({ moduleKey: 'suppliers-page', locale, backend });
  return backend;
};
const table = () => screen.findByRole('table', { name: en.ui.suppliers.tableCaption });
const rowNames = async () =>
  within(await table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('the supplier register', () => {
  it('lists the current suppliers with owner, status and next evaluation, and searches on the server', async () => {
    const backend = show();
    const rows = within(await table()).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Müller GmbHMetalsGrace OkaforUnder watchMar 1, 2027');
    expect(rows[2]).toHaveTextContent('Acme SteelLogisticsHugo MoreauActive');
    expect(screen.queryByText('Old Co')).toBeNull();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(en.ui.suppliers.search), 'MUL');
    await waitFor(async () => expect(await rowNames()).toEqual(['Müller GmbH']));
    // The search waits for typing to pause: one request for the three letters.
    expect(backend.payloadsOf('suppliers/list')).toEqual([{ query: '' }, { query: 'MUL' }]);
    await user.clear(screen.getByLabelText(en.ui.suppliers.search));
    await user.selectOptions(screen.getByLabelText(en.ui.suppliers.statusLabel), 'archived');
    await waitFor(async () => expect(await rowNames()).toEqual(['Old Co']));
    expect(await seriousViolations()).toEqual([]);
  });

  it('tells an empty register from a search that matches nothing', async () => {
    show({ suppliers: [] });
    expect(await screen.findByText(en.ui.suppliers.none)).toBeInTheDocument();
    show();
    await table();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(en.ui.suppliers.search), 'zzz');
    expect(await screen.findByText(en.ui.suppliers.empty)).toBeInTheDocument();
    expect(screen.queryByText(en.ui.suppliers.none)).toBeNull();
  });

  it('shows more suppliers a page at a time', async () => {
    const many = Array.from({ length: 5 }, (_, i) => aSupplierView(i + 1, { name: `S${i + 1}` }));
    show({ suppliers: many, pageSize: 2 });
    expect(await rowNames()).toEqual(['S1', 'S2']);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: en.ui.suppliers.more }));
    await waitFor(async () => expect(await rowNames()).toEqual(['S1', 'S2', 'S3', 'S4']));
    await user.click(screen.getByRole('button', { name: en.ui.suppliers.more }));
    await waitFor(async () => expect(await rowNames()).toHaveLength(5));
    expect(screen.queryByRole('button', { name: en.ui.suppliers.more })).toBeNull();
  });

  it('adds a supplier after checking the form, and says why the server refused one', async () => {
    const backend = show();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: en.ui.suppliers.add }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: en.ui.suppliers.save }));
    expect(within(dialog).getAllByText(en.ui.suppliers.required)).toHaveLength(3);
    await user.type(within(dialog).getByLabelText(/^Name/), '=cmd');
    await user.type(within(dialog).getByLabelText(/^Category/), 'Metals');
    await user.selectOptions(within(dialog).getByLabelText(en.ui.suppliers.owner), PEOPLE.hugo);
    await user.click(within(dialog).getByRole('button', { name: en.ui.suppliers.save }));
    expect(within(dialog).getByText(en.ui.reasons.supplier.formula)).toBeInTheDocument();
    expect(backend.payloadsOf('suppliers/save')).toEqual([]);
    await user.clear(within(dialog).getByLabelText(/^Name/));
    await user.type(within(dialog).getByLabelText(/^Name/), 'Dupont');
    await user.click(within(dialog).getByRole('button', { name: en.ui.suppliers.save }));
    expect(await screen.findByText(en.ui.suppliers.saved)).toBeInTheDocument();
    expect(backend.payloadsOf('suppliers/save')).toEqual([
      {
        supplier: {
          name: 'Dupont',
          category: 'Metals',
          ownerAccountId: PEOPLE.hugo,
          status: 'active',
          nextEvaluationOn: null,
          departments: [],
        },
        baseRevision: 0,
      },
    ]);
  });

  it('shows a stale edit’s refusal and archives a supplier at its revision', async () => {
    const backend = show();
    backend.on('suppliers/save', ({ supplier }) =>
      supplier.status === 'archived'
        ? { ok: true, data: aSupplierView(2, { ...supplier, revision: 2 }) }
        : { ok: false, error: { code: 'CONFLICT', reason: 'supplier.stale', message: 'stale' } },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Acme Steel' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: en.ui.suppliers.save }));
    expect(await within(dialog).findByText(en.ui.reasons.supplier.stale)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: en.ui.admin.cancel }));
    await user.click(screen.getByRole('button', { name: 'Archive Acme Steel' }));
    expect(await screen.findByText(/Acme Steel is archived/)).toBeInTheDocument();
    expect(backend.payloadsOf('suppliers/save').at(-1)).toMatchObject({
      supplier: { id: SUPPLIERS[1]!.id, status: 'archived', ownerAccountId: PEOPLE.hugo },
      baseRevision: 1,
    });
  });

  it('previews a CSV import, keeps Import disabled while a row is refused, then imports', async () => {
    const backend = show();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: en.ui.suppliers.importCsv }));
    const dialog = await screen.findByRole('dialog');
    const text = within(dialog).getByLabelText(en.ui.suppliers.import.paste);
    const importButton = () => within(dialog).getByRole('button', { name: en.ui.suppliers.import.import });
    await user.click(text);
    await user.paste('name,category,owner\nGood Co,Metals,Grace Okafor\n@SUM(A1),Metals,Grace Okafor\n');
    expect(importButton()).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: en.ui.suppliers.import.preview }));
    const refused = await within(dialog).findByRole('table', { name: en.ui.suppliers.import.refusedCaption });
    expect(within(refused).getAllByRole('row')[1]).toHaveTextContent(
      `3@SUM(A1)MetalsGrace OkaforName: ${en.ui.reasons.import.formula}`,
    );
    expect(within(dialog).getByText('2 rows, 1 refused.')).toBeInTheDocument();
    expect(importButton()).toBeDisabled();
    expect(await seriousViolations()).toEqual([]);
    await user.clear(text);
    await user.click(text);
    await user.paste('name,category,owner\nGood Co,Metals,Grace Okafor\n');
    await user.click(within(dialog).getByRole('button', { name: en.ui.suppliers.import.preview }));
    await within(dialog).findByText('1 row, none refused.');
    expect(importButton()).toBeEnabled();
    // The text changed since its preview: preview it again first.
    await user.type(text, 'Other Co,Metals,Hugo Moreau');
    expect(importButton()).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: en.ui.suppliers.import.preview }));
    await within(dialog).findByText('2 rows, none refused.');
    await user.click(importButton());
    expect(await screen.findByText('2 suppliers imported.')).toBeInTheDocument();
    expect(backend.payloadsOf('suppliers/import').map((p) => (p as { commit: boolean }).commit)).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('says a file is too large before sending it, in either language', async () => {
    const backend = show();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: en.ui.suppliers.importCsv }));
    const dialog = await screen.findByRole('dialog');
    const text = within(dialog).getByLabelText(en.ui.suppliers.import.paste);
    // 4,000,000 bytes and one more once JSON-encoded: the quotes count, and `é` is two bytes.
    const big = 'name,category,owner\n' + 'é'.repeat((4_000_000 - 2 - 20) / 2 + 1);
    fireEvent.change(text, { target: { value: big } });
    await user.click(within(dialog).getByRole('button', { name: en.ui.suppliers.import.preview }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(en.ui.reasons.import.tooLarge);
    expect(backend.payloadsOf('suppliers/import')).toEqual([]);
    expect(fr.ui.reasons.import.tooLarge).toMatch(/4\u00a0?Mo/);
  });

  it('is read-only for a quality manager', async () => {
    show({ role: 'quality' });
    expect(await rowNames()).toEqual(['Müller GmbH', 'Acme Steel']);
    expect(screen.getByText(en.ui.suppliers.readOnly)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.ui.suppliers.add })).toBeNull();
    expect(screen.queryByRole('button', { name: en.ui.suppliers.importCsv })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
  });

  it('lets a buyer change only their own suppliers', async () => {
    show({ role: 'buyer' });
    await table();
    expect(screen.getByRole('button', { name: 'Edit Müller GmbH' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Acme Steel' })).toBeNull();
  });

  it('tells a customer the register is for the procurement team and quality managers', async () => {
    show({ role: 'customer' });
    expect(await screen.findByText(en.ui.reasons.forbidden.seeSuppliers)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(await seriousViolations()).toEqual([]);
  });

  it('speaks French', async () => {
    show({}, 'fr-FR');
    const rows = within(
      await screen.findByRole('table', { name: fr.ui.suppliers.tableCaption }),
    ).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Müller GmbHMetalsGrace OkaforSous surveillance1 mars 2027');
    expect(screen.getByRole('button', { name: fr.ui.suppliers.add })).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });
});
