/** The Campaigns tab: the list, or one campaign's editor (a new one when `editing.id` is null). */
import { useState } from 'react';
import { CampaignEditor } from './CampaignEditor';
import { CampaignList } from './CampaignList';

type Mode = { kind: 'list' } | { kind: 'edit'; id: string | null };

export function CampaignsTab({
  canEdit,
  onViewResults,
}: {
  canEdit: boolean;
  onViewResults: (campaignId: string) => void;
}) {
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  if (mode.kind === 'edit')
    return <CampaignEditor campaignId={mode.id} canEdit={canEdit} onBack={() => setMode({ kind: 'list' })} />;
  return (
    <CampaignList
      canCreate={canEdit}
      onOpen={(id) => setMode({ kind: 'edit', id })}
      onCreate={() => setMode({ kind: 'edit', id: null })}
      onViewResults={onViewResults}
    />
  );
}
