/** A clock tests can move, so TTL expiry is tested without sleeping. */
export class ManualClock {
  constructor(private current = Date.UTC(2025, 0, 1)) {}

  now = (): number => this.current;

  advance(ms: number): void {
    this.current += ms;
  }

  set(ms: number): void {
    this.current = ms;
  }
}
