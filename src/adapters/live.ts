import { publish } from '@forge/realtime';
import type { LiveHints } from '../ports/live';
import type { Clock, Logger } from '../ports/runtime';
import { liveChannelOf, type LiveHint } from '../shared/live';

/** Hints on Forge realtime (`@forge/realtime`), on the app installation's channel of the campaign. */
export class ForgeLiveHints implements LiveHints {
  constructor(
    private readonly clock: Pick<Clock, 'now'>,
    private readonly logger: Logger,
  ) {}

  async changed(campaignId: string): Promise<void> {
    const hint: LiveHint = { campaignId, at: this.clock.now() };
    try {
      // publish answers most failures (429 as RATE_LIMIT_EXCEEDED, GraphQL errors) in `errors`, and throws on others.
      const answer = await publish(liveChannelOf(campaignId), hint);
      const errors = (answer.errors ?? []) as { message?: string }[];
      if (errors.length > 0) this.logger.error('realtime: hint not published', errors[0]?.message);
    } catch (error) {
      this.logger.error('realtime: hint not published', error instanceof Error ? error.message : error);
    }
  }
}
