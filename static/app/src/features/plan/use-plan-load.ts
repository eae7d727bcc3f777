/**
 * What the plan board needs first: the plan (`plan/get`), which carries the campaign's frozen model for the
 * criteria's texts, whether or not its results are ready. Without the model (a damaged campaign) the plan still
 * shows, its criteria by id.
 */
import { useCallback, useEffect, useState } from 'react';
import type { EvaluationModel } from '@domain/model';
import type { PlanView } from '@shared/contract/plan';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';

export type PlanLoad =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; plan: PlanView; model: EvaluationModel | null };

export function usePlanLoad(campaignId: string): { load: PlanLoad; reload: () => void } {
  const [load, setLoad] = useState<PlanLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    void call('plan/get', { campaignId }).then((plan) => {
      if (!live) return;
      if (!plan.ok) return setLoad({ status: 'error', error: plan.error });
      setLoad({ status: 'ready', plan: plan.data, model: plan.data.model });
    });
    return () => {
      live = false;
    };
  }, [campaignId, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, reload };
}
