/**
 * What the config screen needs before it can show the picker: the caller's access (`roles/getAccess`: admins and
 * the procurement team configure surveys) and the campaigns (`campaigns/list`), open first, then scheduled, drafts, and closed last.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CampaignStatus } from '@domain/campaigns';
import type { CampaignSummaryView } from '@shared/contract/campaigns';
import type { AccessView } from '@shared/contract/roles';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';

export type ConfigLoad =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'denied' }
  | { status: 'ready'; campaigns: CampaignSummaryView[] };

const canConfigure = (access: AccessView) =>
  Array.isArray(access.roles) && (access.roles.includes('admin') || access.roles.includes('team'));

const ORDER = { open: 0, scheduled: 1, draft: 2, closed: 3 } as const satisfies Record<
  CampaignStatus,
  number
>;

export function useConfigLoad(): { load: ConfigLoad; retry: () => void } {
  const [load, setLoad] = useState<ConfigLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    void Promise.all([call('roles/getAccess', {}), call('campaigns/list', {})]).then(([access, list]) => {
      if (!live) return;
      if ((access.ok && !canConfigure(access.data)) || (!list.ok && list.error.code === 'FORBIDDEN'))
        return setLoad({ status: 'denied' });
      if (!access.ok) return setLoad({ status: 'error', error: access.error });
      if (!list.ok) return setLoad({ status: 'error', error: list.error });
      setLoad({
        status: 'ready',
        campaigns: [...list.data].sort(
          (a, b) => ORDER[a.status] - ORDER[b.status] || b.opensOn.localeCompare(a.opensOn),
        ),
      });
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, retry };
}
