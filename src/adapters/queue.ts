import { Queue } from '@forge/events';
import type { JobQueue, PlanJob } from '../ports/jobs';

/** The queue of manifest.yml's `plan-jobs` consumer. */
export const PLAN_QUEUE = 'plan-jobs';
const PUSH_LIMIT = 50;

export class ForgeJobQueue implements JobQueue {
  private readonly queue = new Queue({ key: PLAN_QUEUE });

  async push(jobs: readonly PlanJob[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += PUSH_LIMIT) {
      await this.queue.push(jobs.slice(i, i + PUSH_LIMIT).map((body) => ({ body: { ...body } })));
    }
  }
}
