import { publishGlobal } from '@forge/realtime';
import type { LiveHints } from '../ports/live';
import type { Clock, Logger } from '../ports/runtime';
import { liveChannelOf, type LiveHint } from '../shared/live';

/**
 * Hints on Forge realtime (`@forge/realtime`), on the campaign's global channel: a default channel is one module's
 * context (one macro on one page, one issue's panel), which a Jira trigger or a scheduled job has none of, while
 * the views that listen are three modules on Confluence pages and Jira issues. A global channel is the app
 * installation's: any frame of the app may listen, which is why a hint tells nothing (src/shared/live.ts).
 */
export class ForgeLiveHints implements LiveHints {
  constructor(
    private readonly clock: Pick<Clock, 'now'>,
    private readonly logger: Logger,
  ) {}

  async changed(campaignId: string): Promise<void> {
    const hint: LiveHint = { campaignId, at: this.clock.now() };
    try {
      // publish answers most failures (429 as RATE_LIMIT_EXCEEDED, GraphQL errors) in `errors`, and throws on others.
      const answer = await publishGlobal(liveChannelOf(campaignId), hint);
      const errors = (answer.errors ?? []) as { message?: string }[];
      if (errors.length > 0) this.logger.error('realtime: hint not published', errors[0]?.message);
    } catch (error) {
      this.logger.error('realtime: hint not published', error instanceof Error ? error.message : error);
    }
  }
}
