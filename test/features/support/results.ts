/**
 * What the results tests start from, on the backend harness: the campaign cmp-2026 (aCampaign()) sharing its
 * results with every role and, after the close, its customers; submitted answers written straight into storage
 * with the spread test/helpers/answers.ts gives them, and the naive recount of that spread; the campaign closed by
 * the admin and its results built by the hourly job; opening its results.
 */
import type { Backend } from '../../helpers/backend';
import { ADMIN_PAGE, aCampaign, aModel } from '../../helpers/builders';
import { PEOPLE } from '../../helpers/people';
import { ratingOf, seedAnswers as seedStored } from '../../helpers/answers';

export const model = aModel();
export const campaignId = 'cmp-2026';
/** The criteria of aModel(), in its order. */
export const CRITERIA = ['sourcing-price', 'sourcing-lead', 'service-reachable'];
/** Results shared with every role, and with customers after the close. */
export const SHARED = {
  roles: ['admin' as const, 'team' as const, 'quality' as const],
  customersAfterClose: true,
};

/** The naive count per criterion and level over the seeded submitted answers. */
export function recount(n: number) {
  return CRITERIA.map((_, c) => {
    const counts = [0, 0, 0, 0];
    let na = 0;
    for (let i = 0; i < n; i += 1) {
      const r = ratingOf(i, c);
      if (r === 'na') na += 1;
      else counts[r - 1]! += 1;
    }
    return { counts, na };
  });
}

/** The steps of these tests on the backend `backend()` returns (the one the test file started). */
export function resultsCalls(backend: () => Backend) {
  /** Moves the app's clock `minutes` further on (the local KVS keeps its own). */
  const later = (minutes: number) => backend().clock.advance(minutes * 60 * 1000);
  /** The hourly job, as the app. */
  const runJob = () => backend().asApp(() => backend().app.closeDueCampaigns());
  /** `n` submitted customer answers (and one draft that must not count) written straight into storage. */
  const seedAnswers = (n: number, from = 0, campaign = campaignId) =>
    seedStored(backend(), { campaignId: campaign, criterionIds: CRITERIA, n, from, draft: true });
  return {
    later,
    runJob,
    seedAnswers,
    /** Closed by the admin, then, once reads have settled, its results built by the hourly job. */
    async closedCampaignWith(n: number, overrides: Parameters<typeof aCampaign>[0] = {}) {
      await backend().seed({
        campaigns: [aCampaign({ results: SHARED, ...overrides })],
        models: [model],
        roles: {},
      });
      await seedAnswers(n);
      const closed = await backend().call(
        PEOPLE.jean,
        'campaigns/close',
        { campaignId, baseRevision: 3 },
        ADMIN_PAGE,
      );
      expect(closed.result).toMatchObject({ ok: true, data: { status: 'closed' } });
      later(11);
      expect((await runJob()).rebuilt).toEqual([campaignId]);
    },
    /** results/get as `who`, from the admin page unless told. */
    open: (who: string, context: Record<string, unknown> = ADMIN_PAGE) =>
      backend().call(who, 'results/get', { campaignId }, context),
  };
}
