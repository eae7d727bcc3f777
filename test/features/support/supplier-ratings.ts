/**
 * What the supplier rating tests start from: the survey's campaign cmp-2026 with supplier evaluation on (the
 * built-in supplier model's version 1 frozen), three suppliers in the register (one archived), and the calls.
 */
import { DEFAULT_SUPPLIER_MODEL } from '../../../src/domain/supplier-model';
import type { Backend } from '../../helpers/backend';
import { aCampaign, aModel } from '../../helpers/builders';
import { aSupplier, seedRegister } from './suppliers';

type CampaignOverrides = Parameters<typeof aCampaign>[0];
type Payload = Record<string, unknown>;

export const CRITERIA = DEFAULT_SUPPLIER_MODEL.criteria.map((c) => c.id);
export const SUPPLIER_OPTION = {
  enabled: true,
  modelVersion: 1,
  criterionIds: CRITERIA,
  commentRequiredAtOrBelow: 2 as const,
};
export const ACME = aSupplier(1, { name: 'Acme Steel' });
export const ACORN = aSupplier(2, { name: 'Acorn Freight', status: 'watch' });
export const ARCHIVED = aSupplier(3, { name: 'Acme Old', status: 'archived' });

/** Every criterion answered `value` (3: no comment needed). */
export const allAnswered = (value: 1 | 2 | 3 | 4 | 'na' = 3) =>
  Object.fromEntries(CRITERIA.map((id) => [id, value]));

/** A rating entry of a save: every criterion 3, as a submit, from revision 0, unless overridden. */
export const entry = (overrides: Payload = {}) => ({
  supplierId: ACME.id,
  answers: allAnswered(),
  comments: {},
  revision: 0,
  submit: true,
  ...overrides,
});

export function ratingCalls(backend: () => Backend) {
  const campaignId = 'cmp-2026';
  return {
    campaignId,
    async seed(overrides: CampaignOverrides = {}, suppliers = [ACME, ACORN, ARCHIVED]) {
      await seedRegister(backend(), suppliers);
      await backend().seed({
        campaigns: [aCampaign({ suppliers: SUPPLIER_OPTION, ...overrides })],
        models: [aModel()],
        roles: {},
      });
    },
    mine: (who: string) => backend().call(who, 'supplier-ratings/mine', { campaignId }),
    pick: (who: string, query: string) => backend().call(who, 'supplier-ratings/pick', { campaignId, query }),
    save: (who: string, ratings: unknown[]) =>
      backend().call(who, 'supplier-ratings/save', { campaignId, ratings }),
  };
}
