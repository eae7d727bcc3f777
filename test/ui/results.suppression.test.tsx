/**
 * k per criterion on screen, from figures the real domain (resultsOf) builds: 31 customers;
 * "Safety rules on our sites" is rated by 3 of them only (the lowest ratings of all), the supplier panel by 4 in
 * Finance, the improvement questions by 2 in Finance. Each hidden figure says "Too few answers to this question"
 * (or that it protects a smaller group) instead of a number, in the report, the heatmap, the CSV and the issue
 * panel, in English and French, and nothing computed from it is shown: no lowest, no trend, no first comments.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { criteriaOf, DEFAULT_MODEL } from '../../src/domain/model/model';
import type { AnswerValue } from '../../src/domain/survey/response';
import { aggregate, historyEntryOf, resultsOf, type RatedAnswer } from '../../src/domain/results';
import type { ResultsView } from '../../src/shared/contract/results';
import { fail, ok } from '../../src/shared/result';
import { bootApp, showMain } from './app';
import { campaignView, CRITERIA as PLAN_CRITERIA, fakeBackend, idOf, issuePanelFound, ME } from './backend';
import { parseCsv } from '../helpers/csv';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const R = en.ui.results;
const CRITERIA = criteriaOf(DEFAULT_MODEL).map(({ criterion }) => criterion.id);
const SITE_SAFETY = 'hse-onsite';
const PANEL = 'sourcing-panel';
const IMPROVEMENT = CRITERIA.filter((id) => id.startsWith('improvement-'));
const textOf = (id: string, locale: 'en-US' | 'fr-FR' = 'en-US') =>
  criteriaOf(DEFAULT_MODEL).find(({ criterion }) => criterion.id === id)!.criterion.text[locale];

const DEPARTMENTS = [
  { id: 'engineering', name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' }, size: 12 },
  { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, size: 10 },
  { id: 'production', name: { 'en-US': 'Production', 'fr-FR': 'Production' }, size: 9 },
];

/** Person p of a department: 2–4 on most questions, "not applicable" where the header says few answer. */
function ratingOf(department: string, p: number, id: string): AnswerValue {
  if (id === SITE_SAFETY) return department === 'production' && p < 3 ? 1 : 'na';
  if (id === PANEL && department === 'finance') return p < 4 ? 3 : 'na';
  if (IMPROVEMENT.includes(id) && department === 'finance') return p < 2 ? 3 : 'na';
  return (((p + id.length) % 3) + 2) as 2 | 3 | 4;
}

function answers(): RatedAnswer[] {
  return DEPARTMENTS.flatMap((d) =>
    Array.from({ length: d.size }, (_, p) => ({
      departmentId: d.id,
      ratings: Object.fromEntries(CRITERIA.map((id) => [id, ratingOf(d.id, p, id)])),
    })),
  );
}

function view(): ResultsView {
  const closedAt = Date.UTC(2026, 2, 31);
  // Last year everyone rated everything 3.
  const before = answers().map(() => ({
    ratings: Object.fromEntries(CRITERIA.map((id) => [id, 3 as const])),
  }));
  const results = resultsOf({
    campaign: { id: 'survey-2026', period: '2026', closedAt },
    model: DEFAULT_MODEL,
    departments: DEPARTMENTS.map(({ id, name }) => ({ id, name })),
    portfolios: [{ buyerAccountId: idOf('Grace'), departments: ['engineering', 'finance'] }],
    customers: answers(),
    selves: [{ ratings: Object.fromEntries(CRITERIA.map((id) => [id, 4 as const])) }],
    k: 5,
    kComments: 10,
    history: [
      historyEntryOf(
        { id: 'survey-2025', period: '2025', closedAt: Date.UTC(2025, 2, 31) },
        DEFAULT_MODEL,
        aggregate(DEFAULT_MODEL, before),
        false,
        5,
      ),
    ],
  });
  return {
    campaign: {
      id: 'survey-2026',
      name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
      period: '2026',
      status: 'closed',
      anonymous: false,
      closedOn: '2026-03-31',
    },
    model: DEFAULT_MODEL,
    invited: 40,
    builtAt: closedAt,
    scope: 'full',
    results,
    buyers: [{ accountId: idOf('Grace'), displayName: 'Grace Okafor' }],
  };
}

async function openResults(locale: 'en-US' | 'fr-FR' = 'en-US') {
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
  backend.on('results/get', () => ok(view()));
  backend.on('results/comments', () => ok({ comments: [], total: 0 }));
  showMain({ moduleKey: 'admin-page', locale, backend });
  const user = userEvent.setup();
  const name =
    locale === 'fr-FR' ? /^Voir les résultats de la campagne Enquête 2026$/ : 'View results of Survey 2026';
  await user.click(await screen.findByRole('button', { name }));
  return { user, backend };
}

/** The row of a criterion in a table, found by the start of its text. */
const rowOf = (table: HTMLElement, id: string, locale: 'en-US' | 'fr-FR' = 'en-US') =>
  within(table).getByRole('row', { name: new RegExp(`^${textOf(id, locale).slice(0, 20)}`) });

describe('a question too few people answered', () => {
  it('says so across its row in the scores, with no number, and the key figures say they leave it out', async () => {
    await openResults();
    const table = await screen.findByRole('table', { name: R.scoresCaption });
    const row = rowOf(table, SITE_SAFETY);
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([R.tooFewAnswers]);
    expect(within(row).queryByRole('img')).not.toBeInTheDocument();
    // Another question keeps its figures.
    expect(within(rowOf(table, 'hse-suppliers')).getAllByRole('cell').length).toBeGreaterThan(5);
    expect(
      screen.getByText(/^1 question has fewer than 5 answers: it shows “Too few answers to this question”/),
    ).toBeInTheDocument();
  });

  it('is never the lowest, nor has a trend, nor opens the comments', async () => {
    const { backend } = await openResults();
    const highlights = await screen.findByRole('region', { name: R.highlightsTitle });
    // Its 3 ratings of 1 would be the lowest mean of all.
    expect(highlights).not.toHaveTextContent(textOf(SITE_SAFETY));
    expect(highlights).toHaveTextContent(/Lowest: “/);
    const trends = screen.getByRole('table', { name: R.trendsCaption });
    expect(rowOf(trends, SITE_SAFETY)).toHaveTextContent(R.trendWhy['too-few-answers']);
    await waitFor(() => expect(backend.payloadsOf('results/comments').length).toBeGreaterThan(0));
    expect(backend.payloadsOf('results/comments')[0]).not.toMatchObject({ criterionId: SITE_SAFETY });
  });

  it('in the heatmap: a section without some questions says how many, one without any says why', async () => {
    await openResults();
    const heatmap = await screen.findByRole('table', { name: R.heatmapCaption });
    const cells = (name: RegExp) =>
      within(within(heatmap).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    const [hse, , sourcing, , improvement] = cells(/^Finance/);
    // Site safety is hidden everywhere; Finance's 4 on the supplier panel; Finance's 2 on improvement.
    expect(hse).toMatch(/without 1 question$/);
    expect(sourcing).toMatch(/without 1 question$/);
    expect(improvement).toBe(R.tooFewAnswersAll);
    // Production's improvement questions are hidden so that overall − the others does not give Finance's 2.
    expect(cells(/^Production/)[4]).toBe(R.hiddenComplementary);
    expect(cells(/^Engineering/)[4]).toMatch(/^\d/);
  });

  it('reads in French', async () => {
    await openResults('fr-FR');
    const table = await screen.findByRole('table', { name: fr.ui.results.scoresCaption });
    expect(rowOf(table, SITE_SAFETY, 'fr-FR')).toHaveTextContent(fr.ui.results.tooFewAnswers);
    expect(fr.ui.results.tooFewAnswers).toBe('Trop peu de réponses à cette question');
    const heatmap = screen.getByRole('table', { name: fr.ui.results.heatmapCaption });
    expect(within(heatmap).getByRole('row', { name: /^Finance/ })).toHaveTextContent(
      fr.ui.results.tooFewAnswersAll,
    );
  });
});

describe('comments of a question too few people answered in a group', () => {
  it('say why they are held back, in the reader’s language', async () => {
    const { backend } = await openResults('fr-FR');
    backend.on('results/comments', () => fail('FORBIDDEN', 'results.tooFewAnswers'));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^1 / }));
    expect(await screen.findByText(fr.ui.reasons.results.tooFewAnswers)).toBeInTheDocument();
  });
});

describe('the scores CSV', () => {
  async function downloaded(locale: 'en-US' | 'fr-FR') {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => (blobs.push(blob), 'blob:results')),
      revokeObjectURL: jest.fn(),
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await openResults(locale);
    const texts = locale === 'fr-FR' ? fr : en;
    await user.click(await screen.findByRole('button', { name: texts.ui.results.downloadScores }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    click.mockRestore();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]!);
    });
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    return { header: header!, rows };
  }

  it('gives a hidden question its reason in the Note column and no figure', async () => {
    const { header, rows } = await downloaded('en-US');
    const at = (name: string) => header.indexOf(name);
    const rowFor = (group: string, id: string) => rows.find((r) => r[0] === group && r[2] === id)!;
    const figures = (row: string[]) => row.slice(at('N'), at(R.csv.note));
    for (const [group, id, reason] of [
      [R.overall, SITE_SAFETY, R.tooFewAnswers],
      ['Finance', PANEL, R.tooFewAnswers],
      ['Production', PANEL, R.hiddenComplementary],
    ] as const) {
      const row = rowFor(group, id);
      expect(figures(row).every((cell) => cell === '')).toBe(true);
      expect(row[at(R.csv.note)]).toBe(reason);
    }
    const shown = rowFor('Engineering', PANEL);
    expect(Number(shown[at('N')])).toBe(12);
    expect(shown[at(R.csv.note)]).toBe('');
  });

  it('in French, with the French words', async () => {
    const { header, rows } = await downloaded('fr-FR');
    const note = header.indexOf(fr.ui.results.csv.note);
    expect(note).toBeGreaterThan(0);
    const row = rows.find((r) => r[0] === fr.ui.results.overall && r[2] === SITE_SAFETY)!;
    expect(row[note]).toBe('Trop peu de réponses à cette question');
  });
});

describe('the Jira issue panel', () => {
  it('says a criterion has too few answers instead of a score', async () => {
    const [first, second] = PLAN_CRITERIA;
    const backend = fakeBackend({
      access: { accountId: ME, roles: ['team'], canBootstrap: false },
      issuePanel: issuePanelFound({
        criteria: [
          { id: first!.id, text: first!.text, score: { n: 42, mean: 2.4, satisfaction: 45 } },
          { id: second!.id, text: second!.text, tooFewAnswers: true },
        ],
      }),
    });
    showMain({ moduleKey: 'action-issue-panel', locale: 'fr-FR', config: {}, backend });
    const table = await screen.findByRole('table', { name: fr.ui.issuePanel.caption });
    const row = within(table).getByRole('row', { name: new RegExp(`^${second!.text['fr-FR']}`) });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([fr.ui.issuePanel.tooFewAnswers]);
  });
});
