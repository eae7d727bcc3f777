/**
 * What customers wrote, one criterion at a time (the lowest first), by rating and by group — only the groups large
 * enough to show comments (the server decides and refuses the others). Never who wrote a comment. A page at a
 * time; the CSV of comments reads every page of every criterion.
 */
import { useId } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { criteriaOf } from '@domain/model';
import type { VisibleComment } from '@domain/results';
import { describeError } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { SCALE_LABEL } from '../../components/labels';
import { LazyPicker } from '../../components/LazyPicker';
import { localized } from '../../components/text';
import { UserText } from '../../components/UserText';
import { groupName } from './csv';
import { useComments, type FullView, type Rating } from './use-comments';

const RATINGS: Rating[] = [1, 2, 3, 4];

/** The refusals of comments that a confidentiality rule explains (a group or a question with too few answers). */
const WITHHELD = new Set<string>(['results.commentsHidden', 'results.tooFewAnswers']);

export function CommentsBrowser({ view }: { view: FullView }) {
  const { t } = useI18n();
  const browser = useComments(view);
  if (!view.results.overallComments) {
    return (
      <Text as="p" color="color.text.subtle">
        {t('ui.results.commentsHidden', { k: view.results.thresholds.k })}
      </Text>
    );
  }
  const { comments, busy, error, more } = browser;
  return (
    <Stack space="space.200">
      <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
        <Heading as="h3" size="small" id="results-comments-title">
          {t('ui.results.commentsTitle')}
        </Heading>
        <span className="results-no-print">
          <Button onClick={browser.exportAll} isLoading={browser.exporting}>
            {t('ui.results.downloadComments')}
          </Button>
        </span>
      </Inline>
      <CommentFilters view={view} browser={browser} />
      {error ? (
        // Comments held back to protect a small group are information, not a failure.
        <Text as="p" color={WITHHELD.has(error.reason ?? '') ? 'color.text.subtle' : 'color.text.danger'}>
          {describeError(error, t)}
        </Text>
      ) : null}
      <Text as="p" color="color.text.subtle" aria-live="polite">
        {busy
          ? t('ui.results.loadingComments')
          : t('ui.results.commentsCount', { shown: comments.length, count: browser.total })}
      </Text>
      <CommentList comments={comments} />
      {more ? (
        <Inline>
          <Button onClick={more} isLoading={busy}>
            {t('ui.results.moreComments')}
          </Button>
        </Inline>
      ) : null}
    </Stack>
  );
}

/** The criterion and group pickers, and the rating as toggle buttons. */
function CommentFilters({ view, browser }: { view: FullView; browser: ReturnType<typeof useComments> }) {
  const { t, locale } = useI18n();
  const ids = { criterion: useId(), group: useId() };
  const { criterionId, rating, groupId } = browser.filter;
  const groups = view.results.departments.filter((d) => view.results.commentGroups.includes(d.id));
  return (
    <>
      <Inline space="space.200" shouldWrap alignBlock="end">
        <div style={{ minWidth: '20rem', flex: '2 1 20rem' }}>
          <label id={ids.criterion} htmlFor="comments-criterion">
            <Text weight="medium">{t('ui.results.criterion')}</Text>
          </label>
          <LazyPicker
            inputId="comments-criterion"
            labelId={ids.criterion}
            options={criteriaOf(view.model).map(({ criterion }) => ({
              value: criterion.id,
              label: localized(criterion.text, locale),
            }))}
            value={criterionId}
            onChange={(id) => id && browser.setCriterionId(id)}
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
            onChange={(id) => browser.setGroupId(id ? id : undefined)}
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
            onClick={() => browser.setRating(undefined)}
            aria-pressed={rating === undefined}
          >
            {t('ui.results.allRatings')}
          </Button>
          {RATINGS.map((r) => (
            <Button
              key={r}
              isSelected={rating === r}
              onClick={() => browser.setRating(r)}
              aria-pressed={rating === r}
            >
              {`${r} ${t(SCALE_LABEL[r])}`}
            </Button>
          ))}
        </Inline>
      </fieldset>
    </>
  );
}

function CommentList({ comments }: { comments: VisibleComment[] }) {
  const { t } = useI18n();
  return (
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
  );
}
