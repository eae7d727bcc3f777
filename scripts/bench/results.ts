/**
 * Opening results at N respondents (QUALITY.md "Performance": must not grow with N), in process on the backend
 * harness of the tests (test/features/results.figures.test.ts does the same): N answers written straight into
 * storage (submitting 5 000 through the resolver would only make the bench slow), the campaign closed by the admin,
 * its snapshot built by the hourly job once reads have settled (the clock moved on), then one `results/get` as the
 * admin, counted by the runtime.
 */
import type { CallCounts } from '../../sandbox/platform';
import { aCampaign, aModel } from '../../test/helpers/builders';
import { startBackend, type Backend } from '../../test/helpers/backend';
import { PEOPLE } from '../../test/helpers/people';
import { seedAnswers } from '../../test/helpers/answers';
import type { Report } from './report';

export const RESULT_SIZES = [10, 1000, 5000] as const;

const campaignId = 'cmp-2026';
const adminPage = { moduleKey: 'admin-page', locale: 'en-US' };
/** The hourly job ten minutes after the close (the clock moved on, then put back): the snapshot's cost. */
async function buildOnceSettled(h: Backend): Promise<CallCounts> {
  h.clock.advance(11 * 60 * 1000);
  try {
    const { result, counts } = await h.invoke({}, () => h.app.closeDueCampaigns());
    if (!result.rebuilt.includes(campaignId)) throw new Error('the hourly job built no snapshot');
    return counts;
  } finally {
    h.clock.reset();
  }
}

function expectOk(step: string, result: { ok: boolean; error?: unknown }, counts: CallCounts) {
  // A refused call costs fewer round trips: its count would look like a success. Stop instead.
  if (!result.ok) throw new Error(`${step} failed: ${JSON.stringify(result.error)}`);
  return counts;
}

export async function measureResults(report: Report): Promise<void> {
  const h = await startBackend();
  try {
    const model = aModel();
    const criterionIds = model.sections.flatMap((s) => s.criteria.map((c) => c.id));
    const closes: { n: number; counts: CallCounts }[] = [];
    for (const n of RESULT_SIZES) {
      h.kvs.reset();
      await h.seed({
        campaigns: [
          aCampaign({ results: { roles: ['admin', 'team', 'quality'], customersAfterClose: true } }),
        ],
        models: [model],
        roles: {},
      });
      await seedAnswers(h, { campaignId, criterionIds, n });
      const close = await h.call(PEOPLE.jean, 'campaigns/close', { campaignId, baseRevision: 3 }, adminPage);
      expectOk(`campaigns/close at N = ${n}`, close.result, close.counts);
      const closeCounts = await buildOnceSettled(h);
      const open = await h.call(PEOPLE.jean, 'results/get', { campaignId }, adminPage);
      const openCounts = expectOk(`results/get at N = ${n}`, open.result, open.counts);
      // Cheap results that miss answers would be no result: the snapshot must count all N respondents.
      const respondents = (open.result.data.results.overall as { respondents?: number }).respondents;
      if (respondents !== n) throw new Error(`results/get at N = ${n} counted ${respondents} respondents`);
      const label = n.toLocaleString('en-US');
      // The flat keys the issue names: results.storageRoundTrips.n<N> (and the same for product requests).
      report.action(`open results, N = ${label} (results/get, admin)`, openCounts, {
        storage: `results.storageRoundTrips.n${n}`,
        products: `results.productRequests.n${n}`,
      });
      closes.push({ n, counts: closeCounts });
    }
    // Not a reading action, after the reads: building reads every answer once (one round trip per 100
    // responses), so that opening results need not. It grows with N by design.
    for (const { n, counts } of closes) {
      report.action(
        `build the snapshot at N = ${n.toLocaleString('en-US')} (hourly job, once settled)`,
        counts,
        {
          storage: `results.build.storageRoundTrips.n${n}`,
          products: `results.build.productRequests.n${n}`,
        },
      );
    }
  } finally {
    await h.close();
  }
}
