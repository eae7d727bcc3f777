/**
 * The campaign form's behaviour: its reducer, the names of the people it shows, the save (`campaigns/save` with
 * `baseRevision`, after the client-side checks) and the Open and Close actions (`campaigns/open`, `campaigns/close`).
 */
import { useEffect, useReducer, type FormEvent } from 'react';
import type { CampaignInput, CampaignView } from '@shared/contract/campaigns';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { useI18n } from '../../app/i18n';
import { useDirectory } from '../../components/directory';
import { failureBanner } from '../../components/FormBanner';
import { formatDay } from '../../components/dates';
import { mapIssues } from '../../components/issues';
import { campaignFieldPaths, validateCampaign } from './campaign-draft';
import { campaignFormReducer, initialFormState, type DraftAction } from './campaign-reducer';

const peopleOf = (draft: CampaignInput) => [
  ...draft.audience.departments.flatMap((d) => d.members),
  ...draft.audience.people,
  ...draft.team.flatMap((m) => [m.accountId, ...m.portfolio.people]),
];

export function useCampaignForm(initial: CampaignView | null, initialDraft: CampaignInput, canEdit: boolean) {
  const { t, locale } = useI18n();
  const directory = useDirectory();
  const [state, dispatch] = useReducer(
    campaignFormReducer,
    { view: initial, draft: initialDraft },
    initialFormState,
  );
  const { view, draft, saving, dialog } = state;
  const readOnly = !canEdit || view?.status === 'closed';

  useEffect(() => {
    directory.load(peopleOf(draft));
    // Only the names of the campaign as loaded: picked people arrive with their names.
  }, []);

  const accept = (next: CampaignView, message: string) => dispatch({ type: 'accepted', view: next, message });
  /** What the server did: `campaigns/open` answers `scheduled` when the opening day is still ahead. */
  const lifecycleMessage = (next: CampaignView) =>
    next.status === 'scheduled'
      ? t('ui.admin.campaign.scheduled', { date: formatDay(next.opensOn, locale) })
      : t(next.status === 'closed' ? 'ui.admin.campaign.closed' : 'ui.admin.campaign.opened');

  /** `sent`: the draft the failed request carried, whose fields the server's issues point at. */
  const fail = (error: AppError, sent: CampaignInput) => {
    const { banner, fields } = failureBanner(error, () =>
      mapIssues(error, 'campaign', campaignFieldPaths(sent), t),
    );
    dispatch({ type: 'failed', banner, ...(fields ? { errors: fields } : {}) });
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (readOnly || saving) return;
    const found = validateCampaign(draft, t);
    dispatch({ type: 'validated', errors: found });
    if (Object.keys(found).length > 0) return;
    dispatch({ type: 'saving', value: true });
    const campaign = { ...draft, period: draft.period.trim() };
    const result = await call('campaigns/save', { campaign, baseRevision: view?.revision ?? 0 });
    dispatch({ type: 'saving', value: false });
    if (result.ok) accept(result.data, t('ui.admin.campaign.saved'));
    else fail(result.error, draft);
  };

  const runLifecycle = async () => {
    if (!view || !dialog) return;
    dispatch({ type: 'working', value: true });
    const key = dialog === 'open' ? 'campaigns/open' : 'campaigns/close';
    const result = await call(key, { campaignId: view.id, baseRevision: view.revision });
    dispatch({ type: 'working', value: false });
    dispatch({ type: 'showDialog', dialog: null });
    if (result.ok) accept(result.data, lifecycleMessage(result.data));
    else fail(result.error, draft);
  };

  const edit = (change: DraftAction) => dispatch({ type: 'edit', change });
  return { state, readOnly, dispatch, edit, save, runLifecycle };
}
