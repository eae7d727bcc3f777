/**
 * The results report on the admin page (issue 8): reached from the campaign list, figures from the real domain,
 * hidden groups said as such, the CSV download parsing back to the figures shown, French, and the reasons a
 * reader gets no results.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { criteriaOf, DEFAULT_MODEL } from '../../src/domain/model/model';
import type { Aggregate } from '../../src/domain/results';
import { fail, ok } from '../../src/shared/result';
import { bootApp, showMain } from './app';
import {
  BLIND_SPOT,
  campaignView,
  failure,
  FALLING,
  fakeBackend,
  resultsView,
  type UiBackend,
} from './backend';
import { parseCsv } from '../helpers/csv';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const R = en.ui.results;

const textOf = (id: string, locale: 'en-US' | 'fr-FR' = 'en-US') =>
  criteriaOf(DEFAULT_MODEL).find(({ criterion }) => criterion.id === id)!.criterion.text[locale];

function backendWith(view = resultsView()): UiBackend {
  const backend = fakeBackend({
    campaigns: [
      campaignView({
        id: 'survey-2026',
        name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
        status: 'closed',
        closedAt: Date.UTC(2026, 2, 31),
      }),
    ],
  });
  backend.on('results/get', () => ok(view));
  // The comments browser is not what these tests read: its query is refused (NOT_FOUND), the report shows the rest.
  backend.on('results/comments', () => failure('NOT_FOUND'));
  return backend;
}

async function openResults(backend: UiBackend, locale = 'en-US') {
  showMain({ moduleKey: 'admin-page', locale, backend });
  const user = userEvent.setup();
  const texts = locale === 'fr-FR' ? fr : en;
  // French names the campaign after « de la campagne », so no elision depends on its first letter.
  const name =
    locale === 'fr-FR' ? /^Voir les résultats de la campagne Enquête 2026$/ : 'View results of Survey 2026';
  void texts;
  await user.click(await screen.findByRole('button', { name }));
  return user;
}

describe('the results report', () => {
  it('opens from the campaign list on the Results tab, and tells its story first', async () => {
    const backend = backendWith();
    await openResults(backend);
    expect(
      await screen.findByRole('tab', { name: en.ui.admin.tabs.results, selected: true }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Survey 2026' })).toBeInTheDocument();
    expect(backend.payloadsOf('results/get')).toEqual([{ campaignId: 'survey-2026' }]);
    const highlights = screen.getByRole('region', { name: R.highlightsTitle });
    expect(highlights).toHaveTextContent(`Falling: “${textOf(FALLING)}”`);
    expect(highlights).toHaveTextContent(`Blind spot: the team rates “${textOf(BLIND_SPOT)}”`);
    expect(highlights).toHaveTextContent('2 groups are hidden');
  });

  it('shows every criterion with N, mean and index, and the diverging bar says its numbers', async () => {
    const view = resultsView();
    await openResults(backendWith(view));
    const table = await screen.findByRole('table', { name: R.scoresCaption });
    const overall = view.results.overall as Aggregate & { hidden: false };
    const first = overall.criteria[0]!;
    const row = within(table).getByRole('row', {
      name: new RegExp(`^${textOf(first.criterionId).slice(0, 20)}`),
    });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toContain(String(first.n));
    expect(cells).toContain(first.mean!.toFixed(2));
    expect(
      await within(row).findByRole('img', {
        name: new RegExp(`^${first.n} answers: ${first.counts[0]} dissatisfied`),
      }),
    ).toBeInTheDocument();
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(overall.criteria.length);
  });

  it('hidden groups say why, never "no data"; the portfolio counting a hidden one is hidden too', async () => {
    await openResults(backendWith());
    const heatmap = await screen.findByRole('table', { name: R.heatmapCaption });
    const legal = within(heatmap).getByRole('row', { name: /^Legal/ });
    expect(
      within(legal)
        .getAllByRole('cell')
        .every((c) => c.textContent === R.belowThreshold),
    ).toBe(true);
    const finance = within(heatmap).getByRole('row', { name: /^Finance/ });
    expect(within(finance).getAllByRole('cell')[0]).toHaveTextContent(R.hiddenComplementary);
    const portfolios = screen.getByRole('table', { name: R.portfoliosCaption });
    expect(within(portfolios).getByRole('row', { name: /Grace Okafor’s customers/ })).toHaveTextContent(
      R.hiddenComplementary,
    );
    expect(document.body).not.toHaveTextContent(/no data/i);
  });

  it('downloads the scores as CSV (UTF-8 with BOM) that parse back to the figures shown', async () => {
    const blobs: Blob[] = [];
    const created = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:results';
    });
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const view = resultsView();
    const user = await openResults(backendWith(view));
    await user.click(await screen.findByRole('button', { name: R.downloadScores }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    // jsdom's Blob has no arrayBuffer(): read it as a browser without it would.
    const buffer = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blobs[0]!);
    });
    const bytes = new Uint8Array(buffer);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = parseCsv(text);
    const header = lines[0]!;
    const at = (name: string) => header.indexOf(name);
    const overall = view.results.overall as Aggregate & { hidden: false };
    const rows = lines.slice(1).filter((l) => l[0] === R.overall);
    expect(rows).toHaveLength(overall.criteria.length);
    rows.forEach((row, i) => {
      const score = overall.criteria[i]!;
      expect(row[at('Criterion id')]).toBe(score.criterionId);
      expect(Number(row[at('N')])).toBe(score.n);
      expect([1, 2, 3, 4].map((l) => Number(row[at(`n${l}`)]))).toEqual(score.counts);
      expect(Number(row[at('Mean')])).toBeCloseTo(score.mean!, 4);
      expect(Number(row[at('Net intensity')])).toBeCloseTo(score.net!, 4);
      expect(Number(row[at('Very satisfied (%)')])).toBeCloseTo(score.topBox!, 4);
    });
    // Hidden groups are not in the file.
    expect(text).not.toContain('Legal');
    expect(text).not.toContain('Finance,');
    click.mockRestore();
  });

  it('reads in French', async () => {
    await openResults(backendWith(), 'fr-FR');
    expect(await screen.findByRole('heading', { level: 2, name: 'Enquête 2026' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: fr.ui.results.scoresTitle })).toBeInTheDocument();
    const heatmap = screen.getByRole('table', { name: fr.ui.results.heatmapCaption });
    expect(within(heatmap).getByRole('row', { name: /^Juridique/ })).toHaveTextContent(
      fr.ui.results.belowThreshold,
    );
    expect(screen.getByRole('region', { name: fr.ui.results.highlightsTitle })).toHaveTextContent(
      `En baisse : « ${textOf(FALLING, 'fr-FR')} »`,
    );
  });

  it('a campaign not closed yet says results come at the close, as information', async () => {
    const backend = backendWith();
    backend.on('results/get', () => fail('FORBIDDEN', 'results.notClosed'));
    await openResults(backend);
    expect(await screen.findByText(en.ui.reasons.results.notClosed)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.ui.errors.retry })).not.toBeInTheDocument();
  });
});

describe('results being prepared', () => {
  it('right after the close, says when they come, as information', async () => {
    const backend = backendWith();
    backend.on('results/get', () => fail('UNAVAILABLE', 'results.preparing', { minutes: 7 }));
    await openResults(backend);
    expect(
      await screen.findByText(en.ui.reasons.results.preparing.replace('{minutes}', '7')),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.ui.errors.retry })).not.toBeInTheDocument();
  });
});
