/**
 * What customers wrote, one criterion at a time (the lowest first), by rating and by group — only the groups large
 * enough to show comments (the server decides and refuses the others). Never who wrote a comment. A page at a
 * time; the CSV of comments reads every page of every criterion.
 */
import { useEffect, useId, useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { criteriaOf } from '@domain/model';
import type { VisibleComment } from '@domain/results';
import type { Payload } from '@shared/contract';
import type { ResultsView } from '@shared/contract/results';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { describeError } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { SCALE_LABEL } from '../../components/labels';
import { LazyPicker } from '../../components/LazyPicker';
import { localized } from '../../components/text';
import { UserText } from '../../components/UserText';
import { commentsCsv, download, groupName } from './csv';

type Full = Extract<ResultsView, { scope: 'full' }>;
type Rating = NonNullable<Payload<'results/comments'>['rating']>;
const RATINGS: Rating[] = [1, 2, 3, 4];

export function CommentsBrowser({ view }: { view: Full }) {
  const { t, locale } = useI18n();
  const ids = { criterion: useId(), group: useId() };
  const lowest = view.results.overall.hidden
    ? undefined
    : [...view.results.overall.criteria].filter((c) => c.mean !== null).sort((a, b) => a.mean! - b.mean!)[0];
  const lines = criteriaOf(view.model);
  const [criterionId, setCriterionId] = useState(lowest?.criterionId ?? lines[0]?.criterion.id ?? '');
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

  if (!view.results.overallComments) {
    return (
      <Text as="p" color="color.text.subtle">
        {t('ui.results.commentsHidden', { k: view.results.thresholds.k })}
      </Text>
    );
  }
  const groups = view.results.departments.filter((d) => view.results.commentGroups.includes(d.id));
  return (
    <Stack space="space.200">
      <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
        <Heading as="h3" size="small" id="results-comments-title">
          {t('ui.results.commentsTitle')}
        </Heading>
        <span className="results-no-print">
          <Button onClick={() => void exportAll()} isLoading={exporting}>
            {t('ui.results.downloadComments')}
          </Button>
        </span>
      </Inline>
      <Inline space="space.200" shouldWrap alignBlock="end">
        <div style={{ minWidth: '20rem', flex: '2 1 20rem' }}>
          <label id={ids.criterion} htmlFor="comments-criterion">
            <Text weight="medium">{t('ui.results.criterion')}</Text>
          </label>
          <LazyPicker
            inputId="comments-criterion"
            labelId={ids.criterion}
            options={lines.map(({ criterion }) => ({
              value: criterion.id,
              label: localized(criterion.text, locale),
            }))}
            value={criterionId}
            onChange={(id) => id && setCriterionId(id)}
          />
        </div>
        <div style={{ minWidth: '14rem', flex: '1 1 14rem' }}>
          <label id={ids.group} htmlFor="comments-group">
            <Text weight="medium">{t('ui.results.group')}</Text>
          </label>
          <LazyPicker
            inputId="comments-group"
            labelId={ids.group}
            options={[
              { value: '', label: t('ui.results.overall') },
              ...groups.map((g) => ({ value: g.id, label: groupName(g, t, locale) })),
            ]}
            value={groupId ?? ''}
            onChange={(id) => setGroupId(id ? id : undefined)}
          />
        </div>
      </Inline>
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend>
          <Text weight="medium">{t('ui.results.rating')}</Text>
        </legend>
        <Inline space="space.100" shouldWrap>
          <Button
            isSelected={rating === undefined}
            onClick={() => setRating(undefined)}
            aria-pressed={rating === undefined}
          >
            {t('ui.results.allRatings')}
          </Button>
          {RATINGS.map((r) => (
            <Button
              key={r}
              isSelected={rating === r}
              onClick={() => setRating(r)}
              aria-pressed={rating === r}
            >
              {`${r} ${t(SCALE_LABEL[r])}`}
            </Button>
          ))}
        </Inline>
      </fieldset>
      {error ? (
        <Text as="p" color="color.text.danger">
          {describeError(error, t)}
        </Text>
      ) : null}
      <Text as="p" color="color.text.subtle" aria-live="polite">
        {busy
          ? t('ui.results.loadingComments')
          : t('ui.results.commentsCount', { shown: comments.length, count: total })}
      </Text>
      <ul aria-labelledby="results-comments-title" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
        {comments.map((c, i) => (
          <li
            key={i}
            style={{
              padding: `${token('space.100')} 0`,
              borderBottom: `${token('border.width')} solid ${token('color.border')}`,
            }}
          >
            <Inline space="space.100" alignBlock="start">
              <Lozenge appearance={c.rating === 'na' ? 'default' : c.rating <= 2 ? 'removed' : 'success'}>
                {c.rating === 'na' ? t('ui.results.na') : String(c.rating)}
              </Lozenge>
              <UserText>{c.text}</UserText>
            </Inline>
          </li>
        ))}
      </ul>
      {cursor ? (
        <Inline>
          <Button onClick={() => void load(cursor)} isLoading={busy}>
            {t('ui.results.moreComments')}
          </Button>
        </Inline>
      ) : null}
    </Stack>
  );
}
