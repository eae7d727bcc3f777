/**
 * Issue 8's acceptance in real Chromium over the seeded demo data: the admin opens last year's results from the
 * campaign list (charts, a trend across two campaigns, the gap, a heatmap with a suppressed cell), downloads the
 * scores as CSV and they parse back to the server's figures; a buyer reads the results macro in French and dark;
 * a customer sees results only once a campaign is closed, and then only the overall and their department. Axe on
 * every view.
 */
import { parseCsv } from '../helpers/csv';
import { browserSuite, downloadedText, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

const RESULTS_PAGE = '65605';
const RESULTS_FRAME = 'macro-7e2b4c90-1a3d-4f5e-8b6c-2d9e00002025';
const { openAs } = e2e;

function serverResults(persona: string, campaignId: string) {
  return e2e.invoke<{
    ok: boolean;
    data: {
      results: {
        overall: { criteria: { criterionId: string; n: number; counts: number[]; mean: number }[] };
      };
    };
  }>(persona, RESULTS_FRAME, 'results/get', { campaignId });
}

test('the admin reads last year’s results: charts, trend, gap, a suppressed cell, and a CSV of the same numbers', async () => {
  const { page } = await openAs('Jean Rousseau', '&view=admin');
  const admin = page.frameLocator('iframe[data-frame-id="page-admin-page"]').first();
  await admin.getByRole('button', { name: 'View results of Procurement satisfaction survey 2025' }).click();
  await admin.getByRole('heading', { level: 2, name: 'Procurement satisfaction survey 2025' }).waitFor();
  // Charts: a diverging bar per criterion and the trend lines, each an image beside its table.
  const scores = admin.getByRole('table', { name: 'Customers’ ratings per criterion, by section' });
  await scores.getByRole('img').first().waitFor();
  expect(await scores.getByRole('img').count()).toBeGreaterThan(10);
  await admin
    .getByRole('img', { name: /^Means over the campaigns for \d+ criteria, \d+ falling$/ })
    .waitFor();
  // A trend across two campaigns, and the reworded criterion says why it has none.
  const trends = admin.getByRole('table', { name: 'Mean per campaign, for criteria asked the same way' });
  await trends.getByRole('columnheader', { name: '2024' }).waitFor();
  await trends.getByRole('columnheader', { name: '2025' }).waitFor();
  await trends.getByText(/its wording changed since the last campaign/).waitFor();
  // The gap, flagged.
  await scores.getByText('Blind spot').first().waitFor();
  // The heatmap, with a cell below the threshold and one hidden to protect it.
  const heatmap = admin.getByRole('table', { name: 'Index per section and department (0–100)' });
  await heatmap
    .getByRole('row', { name: /^Legal/ })
    .getByText('Below threshold')
    .first()
    .waitFor();
  await heatmap.getByText('Hidden to protect a smaller group').first().waitFor();
  await page.screenshot({ path: `${SHOTS}/e2e-results-admin-en.png`, fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await admin.getByRole('button', { name: 'Download scores (CSV)' }).click();
  const file = await downloadedText(await download);
  expect(file.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(file.slice(1));
  const col = (name: string) => header!.indexOf(name);
  const server = await serverResults('Jean Rousseau', 'campaign-2025');
  const overall = rows.filter((r) => r[col('Group')] === 'All customers');
  expect(overall.map((r) => r[col('Criterion id')])).toEqual(
    server.data.results.overall.criteria.map((c) => c.criterionId),
  );
  overall.forEach((row, i) => {
    const score = server.data.results.overall.criteria[i]!;
    expect(Number(row[col('N')])).toBe(score.n);
    expect([1, 2, 3, 4].map((l) => Number(row[col(`n${l}`)]))).toEqual(score.counts);
    expect(Number(row[col('Mean')])).toBeCloseTo(score.mean, 4);
  });
  expect(rows.some((r) => r[col('Group')] === 'Legal')).toBe(false);
  await page.context().close();
});

test('a buyer reads the results macro in French, dark theme', async () => {
  const { page, macro } = await openAs('Grace Okafor', `&page=${RESULTS_PAGE}&locale=fr-FR&theme=dark`);
  await macro.getByRole('heading', { level: 2, name: 'Enquête de satisfaction Achats 2025' }).waitFor();
  await macro.getByRole('heading', { name: 'Points d’attention' }).waitFor();
  await macro
    .getByRole('table', { name: 'Indice par rubrique et par service (0–100)' })
    .getByText('Sous le seuil')
    .first()
    .waitFor();
  await macro.getByRole('heading', { name: 'Commentaires' }).waitFor();
  await macro.getByText(/commentaires? affichés?/).waitFor();
  await page.screenshot({ path: `${SHOTS}/e2e-results-macro-fr-dark.png`, fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});

test('a customer sees results only once the campaign is closed, then the overall and their own department', async () => {
  // Last year's campaign is closed: Alice (Engineering) sees the overall and Engineering, nothing else.
  const alice = await openAs('Alice Martin', `&page=${RESULTS_PAGE}`);
  await alice.macro
    .getByRole('heading', { level: 2, name: 'Procurement satisfaction survey 2025' })
    .waitFor();
  await alice.macro
    .getByRole('table', { name: 'Your department' })
    .getByRole('row', { name: /^Engineering/ })
    .waitFor();
  expect(
    await alice.macro.getByRole('table', { name: 'Index per section and department (0–100)' }).count(),
  ).toBe(0);
  expect(await alice.macro.getByRole('heading', { name: 'Comments' }).count()).toBe(0);
  expect(await seriousA11yViolations(alice.page)).toEqual([]);
  await alice.page.screenshot({ path: `${SHOTS}/e2e-results-customer-en.png`, fullPage: true });
  await alice.page.context().close();

  // The admin points the macro at this year's campaign, still open.
  const jean = await openAs('Jean Rousseau', `&page=${RESULTS_PAGE}`);
  await jean.page.getByRole('button', { name: 'Edit macro settings' }).click();
  const config = jean.page.frameLocator('iframe[data-frame-id^="config-"]').first();
  await config.getByRole('radio', { name: /Procurement satisfaction survey 2026/ }).check();
  await config.getByRole('button', { name: 'Save' }).click();
  await jean.macro.getByText('Results are shown once the campaign is closed.').waitFor();
  await jean.page.context().close();

  const again = await openAs('Alice Martin', `&page=${RESULTS_PAGE}&locale=fr-FR`);
  await again.macro.getByText('Les résultats sont affichés une fois la campagne clôturée.').waitFor();
  expect(await again.macro.getByRole('table').count()).toBe(0);
  expect(await seriousA11yViolations(again.page)).toEqual([]);
  await again.page.context().close();
});
