/**
 * The plan's reviews, newest first: when, by whom, the comment, and the plan as it stood then (its progress, and
 * each action's issue, status and due date), so a later reader sees what the reviewers saw.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ReviewSnapshot } from '@shared/contract/followup';
import { useI18n } from '../../app/i18n';
import { formatDate, formatDayMedium } from '../../components/dates';
import { Card } from '../../components/layout';
import { JiraStatusLozenge, OverdueLozenge } from '../../components/plan/jira';
import { captionStyle, cell, headerCell, rowBorder, tableStyle } from '../../components/table-style';
import { TeamText, UserText } from '../../components/UserText';

export function ReviewList({ reviews }: { reviews: ReviewSnapshot[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="followup-reviews">
      <Stack space="space.150">
        <Heading as="h3" size="small" id="followup-reviews">
          {t('ui.followup.reviews.title')}
        </Heading>
        {reviews.length === 0 ? (
          <Text as="p" color="color.text.subtle">
            {t('ui.followup.reviews.empty')}
          </Text>
        ) : (
          <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {reviews.map((review) => (
              <li key={review.id} style={{ marginBottom: token('space.150') }}>
                <Review review={review} />
              </li>
            ))}
          </ol>
        )}
      </Stack>
    </section>
  );
}

function Review({ review }: { review: ReviewSnapshot }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const date = formatDate(review.at, locale);
  const tableId = `review-${review.id}`;
  return (
    <Card>
      <Stack space="space.100">
        <Heading as="h4" size="xsmall">
          {t('ui.followup.reviews.heading', { date, name: review.by.displayName })}
        </Heading>
        <Text as="p">
          <span style={{ whiteSpace: 'pre-wrap' }}>
            <UserText>{review.comment}</UserText>
          </span>
        </Text>
        <Text as="p" size="small" color="color.text.subtle">
          {t('ui.followup.reviews.progress', review.progress)}
        </Text>
        {review.actions.length > 0 ? (
          <Inline>
            <Button
              appearance="subtle"
              spacing="compact"
              aria-expanded={open}
              aria-controls={tableId}
              onClick={() => setOpen((o) => !o)}
            >
              {t(open ? 'ui.followup.reviews.hide' : 'ui.followup.reviews.show')}
            </Button>
          </Inline>
        ) : null}
        <div id={tableId} hidden={!open}>
          {open ? (
            <table style={tableStyle}>
              <caption style={captionStyle}>{t('ui.followup.reviews.caption', { date })}</caption>
              <thead>
                <tr style={rowBorder}>
                  <th scope="col" style={headerCell}>
                    {t('ui.followup.column.action')}
                  </th>
                  <th scope="col" style={headerCell}>
                    {t('ui.followup.column.issue')}
                  </th>
                  <th scope="col" style={headerCell}>
                    {t('ui.followup.column.status')}
                  </th>
                  <th scope="col" style={headerCell}>
                    {t('ui.followup.column.due')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {review.actions.map((a) => (
                  <tr key={a.id} style={rowBorder}>
                    <th scope="row" style={{ ...cell, fontWeight: token('font.weight.regular') }}>
                      <TeamText text={a.title} />
                    </th>
                    <td style={cell}>{a.key ?? '—'}</td>
                    <td style={cell}>
                      {a.statusCategory ? (
                        <JiraStatusLozenge category={a.statusCategory} name={a.statusName} />
                      ) : (
                        '—'
                      )}
                    </td>
                    <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                      <Inline space="space.100" alignBlock="center">
                        <span>{a.dueDate ? formatDayMedium(a.dueDate, locale) : '—'}</span>
                        {a.overdue ? <OverdueLozenge /> : null}
                      </Inline>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      </Stack>
    </Card>
  );
}
