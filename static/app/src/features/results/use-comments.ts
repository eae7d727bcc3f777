/**
 * The comments browser's state: the filter (criterion, rating, group), the comments loaded so far a page at a
 * time, and the export of every comment of the campaign as CSV (it reads every page of every criterion).
 */
import { useEffect, useState } from 'react';
import { criteriaOf } from '@domain/model';
import type { VisibleComment } from '@domain/results';
import type { Payload } from '@shared/contract';
import type { ResultsView } from '@shared/contract/results';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { useI18n } from '../../app/i18n';
import { commentsCsv, download } from './csv';

export type FullView = Extract<ResultsView, { scope: 'full' }>;
export type Rating = NonNullable<Payload<'results/comments'>['rating']>;

/** The criterion to start with: the lowest rated of those shown, else the model's first. */
function firstCriterion(view: FullView): string {
  const shown = view.results.overall.hidden
    ? []
    : view.results.overall.criteria.flatMap((c) =>
        c.hidden || c.mean === null ? [] : [{ id: c.criterionId, mean: c.mean }],
      );
  const lowest = shown.sort((a, b) => a.mean - b.mean)[0];
  return lowest?.id ?? criteriaOf(view.model)[0]?.criterion.id ?? '';
}

export function useComments(view: FullView) {
  const { t, locale } = useI18n();
  const [criterionId, setCriterionId] = useState(() => firstCriterion(view));
  const [rating, setRating] = useState<Rating | undefined>(undefined);
  const [groupId, setGroupId] = useState<string | undefined>(undefined);
  const [comments, setComments] = useState<VisibleComment[]>([]);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [total, setTotal] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [exporting, setExporting] = useState(false);

  const query = (next?: string): Payload<'results/comments'> => ({
    campaignId: view.campaign.id,
    criterionId,
    ...(rating !== undefined ? { rating } : {}),
    ...(groupId !== undefined ? { groupId } : {}),
    ...(next ? { cursor: next } : {}),
  });
  const load = async (next?: string) => {
    setBusy(true);
    setError(null);
    const result = await call('results/comments', query(next));
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setComments((previous) => (next ? [...previous, ...result.data.comments] : result.data.comments));
    setCursor(result.data.nextCursor);
    setTotal(result.data.total);
  };
  useEffect(() => {
    void load();
    // A new filter starts again from the first page (`load` reads the filter it was made with).
  }, [criterionId, rating, groupId]);

  const exportAll = async () => {
    setExporting(true);
    const all: VisibleComment[] = [];
    let next: string | undefined;
    do {
      const result = await call('results/comments', {
        campaignId: view.campaign.id,
        ...(next ? { cursor: next } : {}),
      });
      if (!result.ok) {
        setExporting(false);
        return setError(result.error);
      }
      all.push(...result.data.comments);
      next = result.data.nextCursor;
    } while (next);
    setExporting(false);
    download(`${view.campaign.id}-comments.csv`, commentsCsv(view.model, all, t, locale));
  };

  return {
    filter: { criterionId, rating, groupId },
    setCriterionId,
    setRating,
    setGroupId,
    comments,
    total,
    busy,
    error,
    exporting,
    more: cursor ? () => void load(cursor) : null,
    exportAll: () => void exportAll(),
  };
}
