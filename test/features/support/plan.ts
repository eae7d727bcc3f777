/**
 * What the tests of the plan's slices without Jira (plan, weighing, commitments) start from, on the backend
 * harness: the closed campaign cmp-2026 (aCampaign(), closed on 1 March 2026) with aModel() and the personas'
 * roles, a drafted action's payload, and the steps most tests take (draft an action as a buyer, move the clock).
 */
import type { Backend } from '../../helpers/backend';
import { ADMIN_PAGE, aCampaign, aModel } from '../../helpers/builders';
import { PEOPLE } from '../../helpers/people';

type CampaignOverrides = Parameters<typeof aCampaign>[0];

export const campaignId = 'cmp-2026';

/** The campaign, closed on 1 March 2026, with `overrides`. */
export const closed = (overrides: CampaignOverrides = {}) =>
  aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1), ...overrides });

/** A plan/saveAction payload: a new action on one criterion, with `overrides`. */
export const draft = (overrides: Record<string, unknown> = {}) => ({
  campaignId,
  revision: 0,
  title: { 'en-US': 'Publish lead times per category' },
  description: { 'en-US': 'Share the expected lead time of each category.' },
  criterionIds: ['sourcing-lead'],
  ...overrides,
});

/** The steps of these tests on the backend `backend()` returns (the one the test file started). */
export function planCalls(backend: () => Backend) {
  return {
    /** Moves the app's clock `minutes` further on. */
    later: (minutes: number) => backend().clock.advance(minutes * 60 * 1000),
    /** The app's day. */
    today: () => new Date(backend().clock.now()).toISOString().slice(0, 10),
    /** The closed campaign (with `overrides`), its model and the personas' roles. */
    async seedClosed(overrides: CampaignOverrides = {}) {
      await backend().seed({ campaigns: [closed(overrides)], models: [aModel()], roles: {} });
    },
    /** An action drafted by `who` (Grace unless told) from the admin page; its view. */
    async addAction(who: string = PEOPLE.grace, overrides: Record<string, unknown> = {}) {
      const saved = await backend().call(who, 'plan/saveAction', draft(overrides), ADMIN_PAGE);
      expect(saved.result.ok).toBe(true);
      return saved.result.data;
    },
    /** The stored actions. */
    actions: () =>
      backend()
        .dump()
        .entities.filter((e) => e.entityName === 'action'),
  };
}
