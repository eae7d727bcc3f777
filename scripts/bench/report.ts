/**
 * What the bench collects: rows of the table people read, and the same figures as flat dotted keys for
 * `--json` (read by scripts, e.g. `results.storageRoundTrips.n1000`). Each measurement writes both, so that the
 * two outputs cannot drift apart.
 */
export interface Row {
  measure: string;
  value: string;
}

/** Storage round trips and product requests of one invocation (sandbox/platform.ts CallCounts). */
export interface ActionCounts {
  storage: number;
  confluence: number;
  jira: number;
}

export class Report {
  readonly rows: Row[] = [];
  readonly figures: Record<string, number> = {};

  row(measure: string, value: string | number): void {
    this.rows.push({ measure, value: String(value) });
  }

  figure(key: string, value: number): void {
    this.figures[key] = value;
  }

  /**
   * One action's counts: a row as the table always showed them, and the two figures under `keys` (the storage
   * round trips, and the product requests: Confluence and Jira together).
   */
  action(label: string, counts: ActionCounts, keys: { storage: string; products: string }, ok = true): void {
    this.row(
      `${label}: storage round trips / Confluence / Jira requests${ok ? '' : ' (FAILED)'}`,
      `${counts.storage} / ${counts.confluence} / ${counts.jira}`,
    );
    this.figure(keys.storage, counts.storage);
    this.figure(keys.products, counts.confluence + counts.jira);
  }

  /** Reports measured in whatever order suits the set-up, printed in the order people read them. */
  static merge(reports: Report[]): Report {
    const merged = new Report();
    for (const report of reports) {
      merged.rows.push(...report.rows);
      Object.assign(merged.figures, report.figures);
    }
    return merged;
  }

  table(): string {
    const width = Math.max('measure'.length, ...this.rows.map((row) => row.measure.length));
    return [
      `${'measure'.padEnd(width)} | value`,
      `${'-'.repeat(width)}-|-------`,
      ...this.rows.map((row) => `${row.measure.padEnd(width)} | ${row.value}`),
    ].join('\n');
  }
}
