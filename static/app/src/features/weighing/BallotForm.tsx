/**
 * The ballot of an open weighing: 100 points to split over the candidate actions, the total kept in view (points
 * left, or too many), and what the last submit gave (saved, a ballot to fix, or the server's refusal).
 */
import { useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { CandidateView, WeighingView } from '@shared/contract/weighing';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { describeError } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { formatDay } from '../../components/dates';
import { TextField } from '../../components/fields';
import { IssueList } from '../../components/FormBanner';
import { mapIssues, type FieldErrors, type UnmatchedIssue } from '../../components/issues';
import { Card } from '../../components/layout';
import { SaveBarArea } from '../../components/SaveBar';
import { localized, textIn } from '../../components/text';
import { TeamText } from '../../components/UserText';
import { ballotOf, checkBallot, entriesOf, type Entries } from './ballot';

type Outcome =
  { kind: 'saved' } | { kind: 'check' } | { kind: 'server'; error: AppError; unmatched: UnmatchedIssue[] };

export function BallotForm({ view, onSaved }: { view: WeighingView; onSaved: (view: WeighingView) => void }) {
  const { t, locale } = useI18n();
  const ids = view.candidates.map((c) => c.id);
  const [entries, setEntries] = useState<Entries>(() => entriesOf(ids, view.myBallot));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const check = checkBallot(ids, entries);
  const until = view.closesOn ? t('ui.weighing.until', { date: formatDay(view.closesOn, locale) }) : '';

  const change = (id: string, value: string) => {
    setEntries((e) => ({ ...e, [id]: value }));
    setErrors(({ [`points.${id}`]: _dropped, ...rest }) => rest);
    if (outcome?.kind === 'saved') setOutcome(null);
  };

  const submit = async () => {
    if (!check.ok) {
      setErrors(
        Object.fromEntries(check.invalid.map((id) => [`points.${id}`, t('ui.weighing.wholeNumbers')])),
      );
      return setOutcome({ kind: 'check' });
    }
    setSaving(true);
    const result = await call('weighing/submit', {
      campaignId: view.campaign.id,
      points: ballotOf(ids, entries),
    });
    setSaving(false);
    if (result.ok) {
      setErrors({});
      setOutcome({ kind: 'saved' });
      return onSaved(result.data);
    }
    const mapped = mapIssues(
      result.error,
      '',
      ids.map((id) => `points.${id}`),
      t,
    );
    setErrors(mapped.fields);
    setOutcome({ kind: 'server', error: result.error, unmatched: mapped.unmatched });
  };

  if (view.candidates.length === 0) {
    return (
      <SectionMessage appearance="information" headingLevel="h2" title={t('ui.weighing.title')}>
        <p>{t('ui.weighing.noCandidates')}</p>
      </SectionMessage>
    );
  }

  return (
    <section aria-labelledby="weighing-title">
      <Stack space="space.200">
        <Stack space="space.100">
          <Heading as="h2" size="medium" id="weighing-title">
            {t('ui.weighing.title')}
          </Heading>
          <Text as="p">{t('ui.weighing.intro')}</Text>
          <Text as="p" color="color.text.subtle">
            {t('ui.weighing.pseudonymous')}
          </Text>
          {until ? (
            <Text as="p" color="color.text.subtle">
              {until}
            </Text>
          ) : null}
        </Stack>
        {outcome && !(outcome.kind === 'check' && check.ok) ? (
          <OutcomeMessage outcome={outcome} check={check} until={until} />
        ) : null}
        <SaveBarArea
          bar={
            <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
              <Counter left={check.left} />
              <Button appearance="primary" isLoading={saving} onClick={() => void submit()}>
                {view.myBallot ? t('ui.weighing.submitChanges') : t('ui.weighing.submit')}
              </Button>
            </Inline>
          }
        >
          <Stack space="space.150">
            {view.candidates.map((candidate) => (
              <Candidate
                key={candidate.id}
                candidate={candidate}
                value={entries[candidate.id] ?? ''}
                error={errors[`points.${candidate.id}`]}
                onChange={(value) => change(candidate.id, value)}
              />
            ))}
          </Stack>
        </SaveBarArea>
      </Stack>
    </section>
  );
}

/** Points left, or too many: live, so the total is heard as it changes. */
function Counter({ left }: { left: number }) {
  const { t } = useI18n();
  const text =
    left === 0
      ? t('ui.weighing.complete')
      : left > 0
        ? t('ui.weighing.left', { count: left })
        : t('ui.weighing.over', { count: -left });
  return (
    <div role="status" aria-live="polite" aria-label={t('ui.weighing.counterLabel')}>
      <Text
        weight="bold"
        color={left < 0 ? 'color.text.danger' : left === 0 ? 'color.text.success' : 'color.text'}
      >
        {text}
      </Text>
    </div>
  );
}

function Candidate({
  candidate,
  value,
  error,
  onChange,
}: {
  candidate: CandidateView;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <Card>
      <Inline space="space.300" alignBlock="start" spread="space-between" shouldWrap>
        <Box style={{ flex: '1 1 20rem' }}>
          <Stack space="space.075">
            <Heading as="h3" size="small">
              <TeamText text={candidate.title} />
            </Heading>
            {textIn(candidate.description, locale) ? (
              <Text as="p">
                <span style={{ whiteSpace: 'pre-wrap' }}>
                  <TeamText text={candidate.description} />
                </span>
              </Text>
            ) : null}
            {candidate.criteria.length > 0 ? (
              <Text as="p" size="small" color="color.text.subtle">
                {t('ui.weighing.criteria')}{' '}
                {candidate.criteria.map((c) => localized(c.text, locale)).join(' · ')}
              </Text>
            ) : null}
          </Stack>
        </Box>
        <div style={{ width: '8rem' }}>
          <TextField
            id={`points-${candidate.id}`}
            label={t('ui.weighing.points')}
            labelDetail={t('ui.weighing.pointsFor', { title: textIn(candidate.title, locale) })}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={value}
            error={error}
            onChange={onChange}
          />
        </div>
      </Inline>
    </Card>
  );
}

function OutcomeMessage({
  outcome,
  check,
  until,
}: {
  outcome: Outcome;
  check: ReturnType<typeof checkBallot>;
  until: string;
}) {
  const { t } = useI18n();
  switch (outcome.kind) {
    case 'saved':
      return (
        <SectionMessage appearance="success" headingLevel="h3" title={t('ui.weighing.savedTitle')}>
          <p role="status">{until ? `${t('ui.weighing.saved')} ${until}` : t('ui.weighing.saved')}</p>
        </SectionMessage>
      );
    case 'check':
      return (
        <SectionMessage appearance="error" headingLevel="h3" title={t('ui.weighing.fixTitle')}>
          <div role="alert">
            {check.invalid.length > 0 ? <p>{t('ui.weighing.wholeNumbers')}</p> : null}
            {check.invalid.length === 0 && check.total !== 100 ? (
              <p>{t('ui.weighing.mustTotal', { total: check.total })}</p>
            ) : null}
          </div>
        </SectionMessage>
      );
    case 'server':
      return (
        <SectionMessage appearance="error" headingLevel="h3" title={t('ui.weighing.failedTitle')}>
          <Stack space="space.100">
            <p data-error-code={outcome.error.code}>{describeError(outcome.error, t)}</p>
            {outcome.unmatched.length > 0 ? <IssueList issues={outcome.unmatched} /> : null}
          </Stack>
        </SectionMessage>
      );
  }
}
