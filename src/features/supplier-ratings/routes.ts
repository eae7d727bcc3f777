/**
 * supplier-ratings/mine, /pick and /save: the survey's "Suppliers you use" step. Every key serves the caller's
 * own ratings only (identity from the invocation), in campaigns that ask for them.
 */
import type { Supplier } from '../../domain/suppliers';
import { nameKeyOf } from '../../domain/suppliers';
import { plannedRatings, ratingProblems, supplierProblems } from '../../domain/supplier-ratings';
import type { Ports } from '../../ports';
import type { StoredSupplierRating } from '../../ports/supplier-ratings';
import type {
  SupplierChoiceView,
  SupplierRatingsView,
  SupplierRatingView,
  supplierRatingsContract,
} from '../../shared/contract/supplier-ratings';
import { PICK_LIMIT } from '../../shared/contract/supplier-ratings';
import { fail, isFailure, issue, ok, type Result } from '../../shared/result';
import type { Request, RouteTable } from '../router';
import { supplierModelVersionOf } from '../supplier-model';
import { enterRatings } from './rater';

/** A batch get reads 25 keys. */
const BATCH = 25;

async function suppliersOf(ports: Pick<Ports, 'suppliers'>, ids: readonly string[]) {
  const found = new Map<string, Supplier>();
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const supplier of await ports.suppliers.readMany(ids.slice(i, i + BATCH)))
      if (supplier) found.set(supplier.id, supplier);
  }
  return found;
}

const viewOf = (rating: StoredSupplierRating, suppliers: Map<string, Supplier>): SupplierRatingView => ({
  supplierId: rating.supplierId,
  // A supplier deleted from storage still shows what was rated, under its id.
  supplierName: suppliers.get(rating.supplierId)?.name ?? rating.supplierId,
  answers: rating.answers,
  comments: rating.comments,
  status: rating.status,
  revision: rating.revision,
});

export async function myRatings(
  request: Request<'supplier-ratings/mine'>,
  ports: Ports,
): Promise<Result<SupplierRatingsView>> {
  const rater = await enterRatings(ports, request, 'read');
  if (isFailure(rater)) return rater;
  const { campaign, raterKey } = rater;
  const version = await supplierModelVersionOf(ports, rater.modelVersion);
  if (!version) return fail('NOT_FOUND', 'model.campaignModelMissing');
  const ratings = raterKey === undefined ? [] : await ports.supplierRatings.mine(campaign.id, raterKey);
  const suppliers = await suppliersOf(
    ports,
    ratings.map((r) => r.supplierId),
  );
  return ok({
    model: version.model,
    ratings: ratings.map((r) => viewOf(r, suppliers)),
    editable: campaign.status === 'open',
  });
}

/** Suppliers in use (active or under watch, never archived) whose name starts with the query. */
export async function pickSuppliers(
  request: Request<'supplier-ratings/pick'>,
  ports: Ports,
): Promise<Result<SupplierChoiceView[]>> {
  const rater = await enterRatings(ports, request, 'write');
  if (isFailure(rater)) return rater;
  const page = await ports.suppliers.page({ namePrefix: nameKeyOf(request.payload.query) }, PICK_LIMIT);
  const items = page === 'bad-cursor' ? [] : page.items;
  return ok(items.map(({ id, name, category }) => ({ id, name, category })));
}

export async function saveRatings(
  request: Request<'supplier-ratings/save'>,
  ports: Ports,
): Promise<Result<SupplierRatingView[]>> {
  const { payload } = request;
  const rater = await enterRatings(ports, request, 'write');
  if (isFailure(rater)) return rater;
  const { campaign, departmentId } = rater;
  const problems = ratingProblems(payload.ratings, rater.questions);
  // One batch read of the suppliers, once the batch itself holds together.
  const suppliers =
    problems.length > 0 ? new Map<string, Supplier>() : await suppliersOf(ports, ids(payload));
  if (problems.length === 0)
    problems.push(...supplierProblems(payload.ratings, (id) => suppliers.get(id)?.status));
  if (problems.length > 0)
    return fail(
      'INVALID_PAYLOAD',
      'supplierRatings.invalid',
      undefined,
      problems.map((p) => issue(p.path, p.reason, p.params)),
    );
  const planned = plannedRatings(payload.ratings, { raterKey: rater.raterKey!, departmentId });
  const now = ports.clock.now();
  const writes = planned.map((rating, i) => ({
    // Anonymous ratings carry no time, like anonymous survey answers.
    rating: { ...rating, campaignId: campaign.id, ...(campaign.anonymous ? {} : { updatedAt: now }) },
    expectedRevision: payload.ratings[i]!.revision,
  }));
  if ((await ports.supplierRatings.save(writes, campaign)) === 'conflict')
    return fail('CONFLICT', 'supplierRatings.stale');
  return ok(writes.map(({ rating }) => viewOf(rating, suppliers)));
}

const ids = (payload: { ratings: { supplierId: string }[] }) => payload.ratings.map((r) => r.supplierId);

/** Audience, binding and the option are checked per campaign by the use cases: any signed-in user may ask. */
export const supplierRatingsRoutes = {
  'supplier-ratings/mine': { requires: 'signed-in', handle: myRatings },
  'supplier-ratings/pick': { requires: 'signed-in', handle: pickSuppliers },
  'supplier-ratings/save': { requires: 'signed-in', handle: saveRatings },
} satisfies RouteTable<typeof supplierRatingsContract>;
