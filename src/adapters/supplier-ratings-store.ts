/**
 * Supplier ratings in the `supplier-rating` entity (attributes and indexes declared in manifest.yml), one per
 * campaign, rater key and supplier under a deterministic key: a rater can never hold two ratings of one supplier.
 * A save is one transaction: each rating conditioned on its stored revision (absent for a creation), all of them
 * on the campaign still open at the revision read, so two tabs cannot both win and a closed campaign takes none.
 */
import { Filter, FilterConditions, kvs } from '@forge/kvs';
import type { StoredCampaign } from '../ports/campaigns';
import type { WriteOutcome } from '../ports/storage';
import type { RatingWrite, StoredSupplierRating, SupplierRatingStore } from '../ports/supplier-ratings';
import { withCampaignStillOpen } from './answered';
import { conditionally } from './conditional';
import { ENTITIES, INDEXES, KEYS } from './keys';
import { readRecord } from './records/record';
import {
  fromSupplierRatingRecord,
  SUPPLIER_RATING_RECORD,
  toSupplierRatingRecord,
  type SupplierRatingRecord,
} from './records/supplier-rating';

const PAGE = 100;
/** A safety net against a corrupt cursor loop: 100 pages of 100 is far beyond one campaign's ratings. */
const MAX_PAGES = 100;

type Rows = { results: { key: string; value: unknown }[]; nextCursor?: string };

const parse = (key: string, value: unknown): StoredSupplierRating | undefined => {
  const record = readRecord(SUPPLIER_RATING_RECORD, `${ENTITIES.supplierRating}/${key}`, value);
  return record && fromSupplierRatingRecord(record);
};

const ratingIsStill = (revision: number) =>
  revision === 0
    ? new Filter<SupplierRatingRecord>().and('revision', FilterConditions.notExists())
    : new Filter<SupplierRatingRecord>().and('revision', FilterConditions.equalTo(revision));

export class KvsSupplierRatingStore implements SupplierRatingStore {
  private readonly ratings = () => kvs.entity<SupplierRatingRecord>(ENTITIES.supplierRating);

  mine(campaignId: string, raterKey: string): Promise<StoredSupplierRating[]> {
    return this.each(INDEXES.supplierRatingByRater, [campaignId, raterKey]);
  }

  all(campaignId: string): Promise<StoredSupplierRating[]> {
    return this.each(INDEXES.supplierRatingByCampaign, [campaignId]);
  }

  save(writes: readonly RatingWrite[], campaign: StoredCampaign): Promise<WriteOutcome> {
    let transaction = kvs.transact();
    for (const { rating, expectedRevision } of writes) {
      const key = KEYS.supplierRating(rating.campaignId, rating.raterKey, rating.supplierId);
      transaction = transaction.set<SupplierRatingRecord>(key, toSupplierRatingRecord(rating), {
        entityName: ENTITIES.supplierRating,
        conditions: ratingIsStill(expectedRevision),
      });
    }
    // As a survey answer does: the first rating marks the campaign answered, which fixes its anonymity.
    transaction = withCampaignStillOpen(transaction, campaign);
    return conditionally(() => transaction.execute());
  }

  private async each(index: string, partition: string[]): Promise<StoredSupplierRating[]> {
    const out: StoredSupplierRating[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const query = this.ratings().query().index(index, { partition }).limit(PAGE);
      const { results, nextCursor } = (await (cursor ? query.cursor(cursor) : query).getMany()) as Rows;
      for (const { key, value } of results) {
        const rating = parse(key, value);
        if (rating) out.push(rating);
      }
      if (!nextCursor) break;
      cursor = nextCursor;
    }
    return out;
  }
}
