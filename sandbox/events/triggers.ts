import { seededRandom } from '../random';
import { modulesOf, type AppManifest, type FunctionRegistry } from './manifest';
import type { Invoker } from './queue';

export interface ProductEvent {
  eventType: string;
  payload: Record<string, unknown>;
}

export interface ProductEventOptions {
  /** Deliver every event this many times in all (Forge delivers at least once). Default 1. */
  copies?: number;
  /** Deliver in this order instead of the order given (Forge does not order product events). */
  order?: 'as-given' | 'reverse' | 'shuffle';
  /** Seed for 'shuffle', so that a test can replay an order. */
  seed?: number;
}

export interface TriggerDelivery {
  moduleKey: string;
  eventType: string;
  ok: boolean;
  error?: string;
}

export interface TriggerService {
  /** Delivers one product event to every `trigger` module listening to its type. */
  deliverProductEvent(
    eventType: string,
    payload: Record<string, unknown>,
    options?: ProductEventOptions,
  ): Promise<TriggerDelivery[]>;
  /** Delivers several events, with duplicates and reordering when asked: what at-least-once, unordered means. */
  deliverProductEvents(events: ProductEvent[], options?: ProductEventOptions): Promise<TriggerDelivery[]>;
}

export function createTriggerService(
  manifest: AppManifest,
  functions: FunctionRegistry,
  invoke: Invoker,
  installContext: string,
  logger: { error(message: string): void } = { error: (m) => console.error(m) },
): TriggerService {
  async function deliverOne(event: ProductEvent): Promise<TriggerDelivery[]> {
    const triggers = modulesOf(manifest, 'trigger').filter(
      (t) => Array.isArray(t.events) && (t.events as unknown[]).includes(event.eventType),
    );
    const deliveries: TriggerDelivery[] = [];
    for (const trigger of triggers) {
      try {
        await invoke({ moduleKey: trigger.key, installContext }, async () => {
          const fn = functions.get(String(trigger.function));
          await fn(
            { ...event.payload, eventType: event.eventType, context: { moduleKey: trigger.key } },
            { installContext, moduleKey: trigger.key },
          );
        });
        deliveries.push({ moduleKey: trigger.key, eventType: event.eventType, ok: true });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        logger.error(`trigger "${trigger.key}" failed on ${event.eventType}: ${message}`);
        deliveries.push({ moduleKey: trigger.key, eventType: event.eventType, ok: false, error: message });
      }
    }
    return deliveries;
  }

  async function deliverProductEvents(events: ProductEvent[], options: ProductEventOptions = {}) {
    const copies = Math.max(1, Math.floor(options.copies ?? 1));
    let queue = events.flatMap((event) => Array.from({ length: copies }, () => event));
    if (options.order === 'reverse') queue = queue.reverse();
    if (options.order === 'shuffle') {
      const random = seededRandom(options.seed ?? Date.now()).next;
      for (let i = queue.length - 1; i > 0; i -= 1) {
        const j = Math.floor(random() * (i + 1));
        [queue[i], queue[j]] = [queue[j]!, queue[i]!];
      }
    }
    const deliveries: TriggerDelivery[] = [];
    // Events arrive after the change that caused them, never inside the request that made it.
    await new Promise<void>((r) => setImmediate(r));
    for (const event of queue) deliveries.push(...(await deliverOne(event)));
    return deliveries;
  }

  return {
    deliverProductEvents,
    deliverProductEvent: (eventType, payload, options) =>
      deliverProductEvents([{ eventType, payload }], options),
  };
}
