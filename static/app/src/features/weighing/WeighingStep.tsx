/**
 * The weighing step of a closed campaign's survey page: the customers split 100 points over the candidate actions
 * the team put to them, see their saved ballot and change it while the weighing is open. The form keeps the total
 * in view and refuses a ballot that does not add up to 100; the server checks it again, and its field issues land
 * on the boxes they name.
 */
import { useState } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { WeighingView } from '@shared/contract/weighing';
import { describeError } from '../../api/errors';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { formatDay } from '../../components/dates';
import { ErrorState, Loading } from '../../components/states';
import { TeamText } from '../../components/UserText';
import { BallotForm } from './BallotForm';

export default function WeighingStep({ campaignId }: { campaignId: string }) {
  const { t } = useI18n();
  const { state, retry } = useCall('weighing/get', { campaignId });
  if (state.status === 'loading') return <Loading label={t('ui.weighing.loading')} />;
  if (state.status === 'error') {
    // Not this reader's weighing (not in the audience): the survey already says where they stand.
    if (state.error.code === 'NOT_FOUND') return null;
    return <ErrorState error={state.error} message={describeError(state.error, t)} onRetry={retry} />;
  }
  return <Weighing initial={state.data} />;
}

function Weighing({ initial }: { initial: WeighingView }) {
  const { t, locale } = useI18n();
  const [view, setView] = useState(initial);
  if (view.status === 'notOpen') {
    return (
      <SectionMessage appearance="information" headingLevel="h2" title={t('ui.weighing.notOpenTitle')}>
        <p>{t('ui.weighing.notOpen')}</p>
      </SectionMessage>
    );
  }
  if (view.status === 'closed') {
    return (
      <Stack space="space.200">
        <SectionMessage appearance="information" headingLevel="h2" title={t('ui.weighing.closedTitle')}>
          <p>
            {view.closesOn
              ? t('ui.weighing.closed', { date: formatDay(view.closesOn, locale) })
              : t('ui.weighing.closedNoDate')}
          </p>
        </SectionMessage>
        <SavedBallot view={view} />
      </Stack>
    );
  }
  return <BallotForm view={view} onSaved={setView} />;
}

/** The ballot as cast, read-only, once the weighing is closed. */
function SavedBallot({ view }: { view: WeighingView }) {
  const { t } = useI18n();
  if (!view.myBallot) return <Text as="p">{t('ui.weighing.noBallot')}</Text>;
  const ballot = view.myBallot;
  return (
    <Stack space="space.100">
      <Heading as="h3" size="small">
        {t('ui.weighing.yourBallot')}
      </Heading>
      <table style={{ borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'start', color: token('color.text.subtle') }}>
          {t('ui.weighing.ballotCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'start', padding: token('space.075') }}>
              {t('ui.weighing.action')}
            </th>
            <th scope="col" style={{ textAlign: 'end', padding: token('space.075') }}>
              {t('ui.weighing.pointsColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.candidates.map((c) => (
            <tr key={c.id}>
              <th
                scope="row"
                style={{ textAlign: 'start', fontWeight: 'normal', padding: token('space.075') }}
              >
                <TeamText text={c.title} />
              </th>
              <td
                style={{ textAlign: 'end', padding: token('space.075'), fontVariantNumeric: 'tabular-nums' }}
              >
                {ballot[c.id] ?? 0}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Stack>
  );
}
