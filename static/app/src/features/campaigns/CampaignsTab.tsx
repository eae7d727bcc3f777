/**
 * The Campaigns tab: the list, or one campaign's editor (a new one when `editing.id` is null). The editor (its
 * form fields, pickers and dialogs) is a chunk of its own: the list shows without it.
 */
import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { Loading } from '../../components/states';
import { CampaignList } from './CampaignList';

const CampaignEditor = lazy(() => import('./CampaignEditor').then((m) => ({ default: m.CampaignEditor })));

type Mode = { kind: 'list' } | { kind: 'edit'; id: string | null };

export function CampaignsTab({
  canEdit,
  onViewResults,
  onViewPlan,
}: {
  canEdit: boolean;
  onViewResults: (campaignId: string) => void;
  onViewPlan: (campaignId: string) => void;
}) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  if (mode.kind === 'edit')
    return (
      <Suspense fallback={<Loading label={t('ui.admin.campaign.loading')} />}>
        <CampaignEditor campaignId={mode.id} canEdit={canEdit} onBack={() => setMode({ kind: 'list' })} />
      </Suspense>
    );
  return (
    <CampaignList
      canCreate={canEdit}
      onOpen={(id) => setMode({ kind: 'edit', id })}
      onCreate={() => setMode({ kind: 'edit', id: null })}
      onViewResults={onViewResults}
      onViewPlan={onViewPlan}
    />
  );
}
