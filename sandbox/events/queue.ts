import { randomUUID } from 'node:crypto';
import type { InvocationIdentity } from '../platform';
import { modulesOf, type AppManifest, type FunctionRegistry } from './manifest';

/** Runs a function as the platform would: inside one invocation (globals, identity, call counts). */
export type Invoker = <T>(identity: InvocationIdentity, fn: () => Promise<T>) => Promise<{ result: T }>;

export interface DeliveryOptions {
  /** Multiplies `delayInSeconds` and `retryAfter` (seconds → ms). 1000 is real time; 0 delivers at once. */
  msPerSecond?: number;
  /** Forge retries a failed event up to 4 times. */
  maxRetries?: number;
  logger?: { warn(message: string): void; error(message: string): void };
}

interface PushedEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
  concurrency?: unknown;
}

interface JobState {
  queueName: string;
  success: number;
  inProgress: number;
  failed: number;
  cancelled: boolean;
}

export interface HttpLikeResponse {
  status: number;
  body?: unknown;
}

export interface QueueService {
  /** Answers the app-provider request that `@forge/events` sends (`/webhook/queue/...`). */
  handle(path: string, body: unknown): HttpLikeResponse;
  /** Resolves once every pushed event (and its retries) has been delivered: for tests and the bench. */
  idle(): Promise<void>;
}

const RETRY_REASON_ERROR = 'FUNCTION_PLATFORM_UNKNOWN_ERROR';

function isRetryRequest(value: unknown): value is {
  _retry: true;
  retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown };
} {
  return typeof value === 'object' && value !== null && (value as { _retry?: unknown })._retry === true;
}

/**
 * The async events queue: accepts pushes, answers 201 at once, and delivers each event later to the
 * `consumer` module declared for its queue, like Forge does: one invocation per event, retried on failure.
 */
export function createQueueService(
  manifest: AppManifest,
  functions: FunctionRegistry,
  invoke: Invoker,
  installContext: string,
  options: DeliveryOptions = {},
): QueueService {
  const msPerSecond = options.msPerSecond ?? 1000;
  const maxRetries = options.maxRetries ?? 4;
  const logger = options.logger ?? {
    warn: (m: string) => console.warn(m),
    error: (m: string) => console.error(m),
  };
  const jobs = new Map<string, JobState>();
  const pending = new Set<Promise<void>>();

  const track = (work: Promise<void>) => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };
  const sleep = (seconds: number) =>
    new Promise<void>((r) => setTimeout(r, Math.max(0, seconds * msPerSecond)));

  function consumerFor(queueName: string) {
    return modulesOf(manifest, 'consumer').find((c) => c.queue === queueName);
  }

  async function deliver(job: JobState, jobId: string, event: PushedEvent): Promise<void> {
    const consumer = consumerFor(job.queueName);
    if (!consumer) {
      logger.warn(`queue "${job.queueName}": no consumer module in manifest.yml; event dropped`);
      job.inProgress -= 1;
      job.failed += 1;
      return;
    }
    await sleep(event.delayInSeconds ?? 0);
    const eventId = randomUUID();
    let retryContext: { retryCount: number; retryReason: string; retryData: unknown } | undefined;
    for (let attempt = 0; ; attempt += 1) {
      if (job.cancelled) {
        job.inProgress -= 1;
        return;
      }
      let retry: { after: number; reason: string; data: unknown } | undefined;
      try {
        const result = await invoke({ moduleKey: consumer.key, installContext }, () => {
          const resolverDecl = consumer.resolver as { function?: string; method?: string } | undefined;
          const functionKey =
            typeof consumer.function === 'string' ? consumer.function : resolverDecl?.function;
          if (!functionKey) return Promise.reject(new Error(`consumer "${consumer.key}" names no function`));
          const fn = functions.get(functionKey);
          const context = { installContext, moduleKey: consumer.key };
          if (resolverDecl?.method) {
            // @forge/events 1.x style: a resolver method receives the body as its payload.
            return Promise.resolve(
              fn(
                {
                  call: { functionKey: resolverDecl.method, payload: event.body, jobId },
                  context: { ...context, retryContext },
                },
                { installContext },
              ),
            );
          }
          const asyncEvent = {
            ...event,
            queueName: job.queueName,
            jobId,
            eventId,
            ...(retryContext ? { retryContext } : {}),
          };
          return Promise.resolve(fn(asyncEvent, context));
        });
        if (isRetryRequest(result.result)) {
          const opts = result.result.retryOptions ?? {};
          retry = {
            after: opts.retryAfter ?? 1,
            reason: opts.retryReason ?? 'FUNCTION_RETRY_REQUEST',
            data: opts.retryData,
          };
        }
      } catch (error) {
        logger.error(
          `consumer "${consumer.key}" failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        retry = { after: 1, reason: RETRY_REASON_ERROR, data: undefined };
      }
      if (!retry) {
        job.inProgress -= 1;
        job.success += 1;
        return;
      }
      if (attempt >= maxRetries) {
        job.inProgress -= 1;
        job.failed += 1;
        return;
      }
      retryContext = { retryCount: attempt + 1, retryReason: retry.reason, retryData: retry.data };
      await sleep(retry.after);
    }
  }

  function push(body: unknown): HttpLikeResponse {
    const request = body as { queueName?: unknown; jobId?: unknown; payload?: unknown };
    if (
      typeof request?.queueName !== 'string' ||
      typeof request.jobId !== 'string' ||
      !Array.isArray(request.payload)
    ) {
      return { status: 400, body: { message: 'queueName, jobId and payload[] are required' } };
    }
    const events = request.payload as PushedEvent[];
    if (events.length === 0 || events.length > 50) {
      return { status: 400, body: { message: 'between 1 and 50 events per push' } };
    }
    if (Buffer.byteLength(JSON.stringify(events)) > 200 * 1024) {
      return { status: 413, body: { errorMessage: 'The combined payload of the events exceeds 200 KB.' } };
    }
    const job: JobState = {
      queueName: request.queueName,
      success: 0,
      inProgress: events.length,
      failed: 0,
      cancelled: false,
    };
    jobs.set(request.jobId, job);
    const jobId = request.jobId;
    // Forge acknowledges the push, then delivers: never inside the pushing invocation.
    for (const event of events)
      track(new Promise<void>((r) => setImmediate(r)).then(() => deliver(job, jobId, event)));
    return { status: 201, body: {} };
  }

  return {
    handle(path, body) {
      const jobId = (body as { jobId?: unknown } | undefined)?.jobId;
      if (path.startsWith('/webhook/queue/publish/')) return push(body);
      const job = typeof jobId === 'string' ? jobs.get(jobId) : undefined;
      if (path.startsWith('/webhook/queue/stats/')) {
        return job
          ? { status: 200, body: { success: job.success, inProgress: job.inProgress, failed: job.failed } }
          : { status: 404, body: { message: 'job not found' } };
      }
      if (path.startsWith('/webhook/queue/cancel/')) {
        if (!job) return { status: 404, body: { message: 'job not found' } };
        job.cancelled = true;
        return { status: 204 };
      }
      return { status: 404, body: { message: `unknown app-provider path ${path}` } };
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
