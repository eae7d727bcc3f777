/**
 * What the plan board needs first: the plan (`plan/get`) and the campaign's frozen model, for the criteria's
 * texts. The plan view carries criterion ids only; the model comes with the results (`results/get`), read in
 * parallel. Without it (results being prepared, or not shared with this reader) the plan still shows, its
 * criteria by id.
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
    void Promise.all([call('plan/get', { campaignId }), call('results/get', { campaignId })]).then(
      ([plan, results]) => {
        if (!live) return;
        if (!plan.ok) return setLoad({ status: 'error', error: plan.error });
        setLoad({ status: 'ready', plan: plan.data, model: results.ok ? results.data.model : null });
      },
    );
    return () => {
      live = false;
    };
  }, [campaignId, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, reload };
}
