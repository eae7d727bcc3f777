/**
 * What the app asks Confluence, always as the calling user (so Confluence's own permissions hold). Every answer
 * is a Result: 401/403 FORBIDDEN, 404 NOT_FOUND, anything unexpected UNAVAILABLE; the caller decides what a
 * failure means for it (a missing display name is not a failure of participation).
 */
import type { UserRef } from '../shared/contract/common';
import type { Result } from '../shared/result';

export interface ConfluencePort {
  /** The caller is a Confluence site administrator. */
  isSiteAdmin(): Promise<Result<boolean>>;
  /** The caller can view the page (Confluence answers 200 to a page look-up as the user). */
  canViewPage(contentId: string): Promise<Result<boolean>>;
  /** The page's web address, for reminders. */
  pageUrl(contentId: string): Promise<Result<string | null>>;
  searchUsers(query: string): Promise<Result<UserRef[]>>;
  /** Up to 100 account ids in one request; unknown ids are left out, the order asked is kept. */
  users(accountIds: string[]): Promise<Result<UserRef[]>>;
}
