/** What the platform gives every handler besides storage and products: time, logs, fresh ids. */

/** A clock, so that days and scheduled closes are testable. */
export interface Clock {
  now(): number;
  /** Waits (Retry-After, backoff): a port so that the wait is the composition root's business. */
  sleep(ms: number): Promise<void>;
}

export interface Logger {
  error(message: string, detail?: unknown): void;
}

export interface IdSource {
  /** A new campaign id (`cmp-` and 16 random hex digits). */
  campaignId(): string;
  /** A new action id (`act-` and 16 random hex digits). */
  actionId(): string;
  /** A new review id (`review-` and 16 random hex digits). */
  reviewId(): string;
  /** A new supplier id (`sup-` and 16 random hex digits). */
  supplierId(): string;
}
