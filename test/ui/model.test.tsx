/**
 * The admin page's Evaluation model tab: texts in both languages, keyboard reordering, versions of a model in use,
 * conflicts, the editor's save bar, multi-line criteria and weight help, in en-US and fr-FR.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CONTRACT } from '../../src/shared/contract';
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import { bootApp, showMain } from './app';
import { campaignView, fakeBackend, type UiBackend } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

// Big forms and many keystrokes: room for a busy machine.
jest.setTimeout(30_000);

beforeAll(bootApp);

const A = en.ui.admin;

async function showTab(backend: UiBackend, tab: string, locale = 'en-US') {
  showMain({ moduleKey: 'admin-page', locale, backend });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('tab', { name: tab }));
  return user;
}

const section = (n: number) => screen.getByRole('region', { name: new RegExp(`^Section ${n}\\b`) });
const criterionTexts = (n: number) =>
  within(section(n))
    .getAllByRole('group', { name: /^Text of criterion/ })
    .map((group) => within(group).getByLabelText<HTMLInputElement>(en.ui.languages['en-US']).value);

describe('evaluation model', () => {
  it('edits texts in both languages, reorders by keyboard and saves with baseVersion', async () => {
    const backend = fakeBackend();
    const user = await showTab(backend, A.tabs.model);
    expect(await screen.findByRole('heading', { level: 2, name: A.model.heading })).toBeInTheDocument();
    expect(screen.queryByText(A.model.inUseTitle)).not.toBeInTheDocument();

    // Both languages of the first criterion.
    const first = within(section(1)).getByRole('group', { name: 'Text of criterion 1.1' });
    const english = within(first).getByLabelText(en.ui.languages['en-US']);
    const french = within(first).getByLabelText(en.ui.languages['fr-FR']);
    await user.clear(english);
    await user.paste('Suppliers meet our HSE requirements');
    await user.clear(french);
    await user.paste('Les fournisseurs respectent nos exigences HSE');

    // Keyboard reorder: focus "Move down" of criterion 1.1, press Enter twice; focus follows the criterion.
    const down = within(section(1)).getByRole('button', { name: 'Move down: criterion 1.1' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Moved to position 2 of 3.');
    expect(within(section(1)).getByRole('button', { name: 'Move down: criterion 1.2' })).toHaveFocus();
    await user.keyboard('{Enter}');
    // At the bottom "Move down" is disabled: focus falls back to "Move up" of the same criterion.
    expect(within(section(1)).getByRole('button', { name: 'Move up: criterion 1.3' })).toHaveFocus();
    expect(criterionTexts(1)).toEqual([
      DEFAULT_MODEL.sections[0]!.criteria[1]!.text['en-US'],
      DEFAULT_MODEL.sections[0]!.criteria[2]!.text['en-US'],
      'Suppliers meet our HSE requirements',
    ]);
    // Sections move too.
    await user.click(within(section(2)).getByRole('button', { name: 'Move up: section 2' }));
    expect(section(1)).toHaveAccessibleName(`Section 1 · ${DEFAULT_MODEL.sections[1]!.title['en-US']}`);

    // Add a criterion to (now) section 2, the HSE section: empty texts are refused before anything is sent.
    await user.click(screen.getByRole('button', { name: 'Add a criterion to section 2' }));
    expect(within(section(2)).getAllByLabelText(en.ui.languages['en-US']).at(-1)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: A.model.save }));
    expect(await screen.findByText(A.validation.fixFields)).toBeInTheDocument();
    expect(backend.payloadsOf('model/save')).toEqual([]);
    await user.click(within(section(2)).getAllByLabelText(en.ui.languages['en-US']).at(-1)!);
    await user.paste('Deliveries are on time');
    await user.click(within(section(2)).getAllByLabelText(en.ui.languages['fr-FR']).at(-1)!);
    await user.paste('Les livraisons sont à l’heure');
    await user.type(
      within(section(2))
        .getAllByLabelText(/^Weight of criterion /)
        .at(-1)!,
      '2',
    );

    await user.click(screen.getByRole('button', { name: A.model.save }));
    expect(await screen.findByText('Evaluation model saved (version 1).')).toBeInTheDocument();
    const [payload] = backend.payloadsOf('model/save');
    const parsed = CONTRACT['model/save'].input.parse(payload);
    expect(parsed.baseVersion).toBe(1);
    expect(parsed.model.sections.map((s) => s.id)).toEqual([
      'communication',
      'hse',
      'sourcing',
      'transverse',
      'improvement',
    ]);
    expect(parsed.model.sections[1]!.criteria.map((c) => c.id)).toEqual([
      'hse-onsite',
      'hse-environment',
      'hse-suppliers',
      'criterion-1',
    ]);
    expect(parsed.model.sections[1]!.criteria[2]!.text).toEqual({
      'en-US': 'Suppliers meet our HSE requirements',
      'fr-FR': 'Les fournisseurs respectent nos exigences HSE',
    });
    expect(parsed.model.sections[1]!.criteria.at(-1)).toEqual({
      id: 'criterion-1',
      text: { 'en-US': 'Deliveries are on time', 'fr-FR': 'Les livraisons sont à l’heure' },
      weight: 2,
    });
  });

  it('warns that saving a model in use creates the next version, and lists versions with their campaigns', async () => {
    const model = { ...DEFAULT_MODEL, version: 3 };
    const backend = fakeBackend({
      model,
      inUse: true,
      versions: [
        { version: 1, usedBy: ['survey-2024'] },
        { version: 3, usedBy: ['survey-2025'] },
      ],
      campaigns: [
        campaignView({ id: 'survey-2024', name: { 'en-US': 'Survey 2024', 'fr-FR': 'Survey 2024' } }),
        campaignView(),
      ],
    });
    const user = await showTab(backend, A.tabs.model);
    expect(
      await screen.findByText('Saving creates version 4; campaigns already open keep version 3.'),
    ).toBeInTheDocument();
    const versions = screen.getByRole('region', { name: A.model.versions });
    expect(
      within(versions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Version 3 (current) — used by Survey 2025', 'Version 1 — used by Survey 2024']);
    await user.click(screen.getByRole('button', { name: 'Save as version 4' }));
    expect(await screen.findByText('Evaluation model saved (version 4).')).toBeInTheDocument();
    expect(backend.payloadsOf('model/save')).toEqual([expect.objectContaining({ baseVersion: 3 })]);
    expect(screen.queryByText(A.model.inUseTitle)).not.toBeInTheDocument();
  });

  it('shows CONFLICT when the model changed meanwhile', async () => {
    const backend = fakeBackend();
    const user = await showTab(backend, A.tabs.model);
    await screen.findByRole('heading', { level: 2, name: A.model.heading });
    backend.state.model = { ...backend.state.model, version: 2 };
    await user.click(screen.getByRole('button', { name: A.model.save }));
    expect(await screen.findByText(A.conflict.message)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: A.conflict.reload }));
    expect(await screen.findByText('Current version: 2.')).toBeInTheDocument();
  });

  it('is translated in French', async () => {
    const F = fr.ui.admin;
    const backend = fakeBackend({ inUse: true });
    await showTab(backend, F.tabs.model, 'fr-FR');
    expect(await screen.findByRole('heading', { level: 2, name: F.model.heading })).toBeInTheDocument();
    expect(
      screen.getByText('Enregistrer crée la version 2 ; les campagnes déjà ouvertes gardent la version 1.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Monter : section 2' })).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: `Section 1 · ${DEFAULT_MODEL.sections[0]!.title['fr-FR']}` }),
    ).toBeInTheDocument();
  });
});

describe('item 15: the model editor', () => {
  async function showModel(backend = fakeBackend()) {
    const user = await showTab(backend, A.tabs.model);
    await screen.findByRole('heading', { level: 2, name: A.model.heading });
    return user;
  }

  it('the save bar sticks to the bottom', async () => {
    await showModel();
    const save = screen.getByRole('button', { name: A.model.save });
    const bar = save.closest<HTMLElement>('[data-save-bar]');
    expect(bar).not.toBeNull();
    expect(bar!.style.position).toBe('sticky');
    expect(bar!.style.bottom).toMatch(/^0/);
  });

  it('criteria are multi-line text areas', async () => {
    await showModel();
    expect(document.getElementById('criterion-hse-suppliers-en-US')!.tagName).toBe('TEXTAREA');
    expect(document.getElementById('criterion-hse-suppliers-fr-FR')!.tagName).toBe('TEXTAREA');
  });

  it('says once that weights are optional; each weight field keeps its own label', async () => {
    await showModel();
    expect(screen.queryAllByText('Empty means 1.')).toHaveLength(0);
    expect(screen.getAllByText(/empty weight counts as 1/)).toHaveLength(1);
    const weights = document.querySelectorAll('input[inputmode="decimal"]');
    expect(weights.length).toBeGreaterThan(10);
    expect(screen.getByRole('textbox', { name: 'Weight of section 1' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Weight of criterion 1.1' })).toBeInTheDocument();
  });
});
