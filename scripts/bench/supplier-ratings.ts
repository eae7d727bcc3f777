/**
 * Saving supplier ratings (issue 17, item 3): 20 suppliers rated at once by one customer, in process on the
 * backend harness of the tests (test/features/supplier-ratings.test.ts asserts the same count), the campaign
 * already answered as it is once the survey has its first answer.
 */
import { DEFAULT_SUPPLIER_MODEL } from '../../src/domain/supplier-model';
import { aCampaign, aModel } from '../../test/helpers/builders';
import { startBackend } from '../../test/helpers/backend';
import { PEOPLE } from '../../test/helpers/people';
import { aSupplier, seedRegister } from '../../test/features/support/suppliers';
import type { Report } from './report';

const RATED = 20;

export async function measureSupplierRatings(report: Report): Promise<void> {
  const h = await startBackend();
  try {
    const criterionIds = DEFAULT_SUPPLIER_MODEL.criteria.map((c) => c.id);
    const suppliers = Array.from({ length: RATED }, (_, i) => aSupplier(i + 1));
    await seedRegister(h, suppliers);
    const option = { enabled: true, modelVersion: 1, criterionIds, commentRequiredAtOrBelow: 2 as const };
    await h.seed({
      campaigns: [aCampaign({ suppliers: option, answered: true })],
      models: [aModel()],
      roles: {},
    });
    const answers = Object.fromEntries(criterionIds.map((id) => [id, 3]));
    const ratings = suppliers.map((s) => ({
      supplierId: s.id,
      answers,
      comments: {},
      revision: 0,
      submit: true,
    }));
    const { result, counts } = await h.call(PEOPLE.alice, 'supplier-ratings/save', {
      campaignId: 'cmp-2026',
      ratings,
    });
    // A refused call costs fewer round trips: its count would look like a success. Stop instead.
    if (!result.ok) throw new Error(`supplier-ratings/save failed: ${JSON.stringify(result.error)}`);
    report.action(`submit ${RATED} supplier ratings at once (supplier-ratings/save)`, counts, {
      storage: 'suppliers.submit.storageRoundTrips',
      products: 'suppliers.submit.productRequests',
    });
  } finally {
    await h.close();
  }
}
