/**
 * `npm run bench`: what a user action costs, measured on the local host (QUALITY.md "Performance").
 * Counts are exact and machine-independent; times are wall-clock readings for information only.
 * Run `npm run build` first (npm run bench does not build).
 *
 * `npm run bench -- --json` prints the same figures as one JSON object of flat dotted keys (submit.storageRoundTrips,
 * results.storageRoundTrips.n1000, jira.create120.requests, jira.refresh250.requests, domain.aggregate10k.ms,
 * ui.<module>.gzipBytes, browser.survey-macro.renderRatio...) and nothing else on stdout.
 * npm's own "> procurement-crm bench" banner goes to stdout too: pipe `npm run -s bench -- --json`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startHost } from '../sandbox/server';
import { measureBrowser } from './bench/browser';
import { measureBundles } from './bench/bundles';
import { measureDomain } from './bench/domain';
import { measureHostActions } from './bench/host-actions';
import { measureJira } from './bench/jira';
import { Report } from './bench/report';
import { measureResults } from './bench/results';
import { measureSupplierRatings } from './bench/supplier-ratings';

const MANIFEST = path.resolve(__dirname, '../manifest.yml');

/**
 * In --json mode stdout carries the JSON alone: whatever else writes to it while measuring (the host's or the
 * app's logs, console.log anywhere) goes to stderr. Returns the real write, for the JSON.
 */
function stdoutToStderr(): (text: string) => void {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr);
  return (text) => write(text);
}

async function main() {
  const json = process.argv.slice(2).includes('--json');
  const print = json ? stdoutToStderr() : (text: string) => process.stdout.write(text);
  if (!existsSync('static/app/build/main/index.html')) {
    console.error('Build the Custom UI first: npm run build');
    process.exit(1);
  }
  const actions = new Report();
  const browser = new Report();
  const host = await startHost({ port: 0, dbFile: ':memory:', seed: true, eventsMsPerSecond: 0 });
  try {
    await measureHostActions(host, actions);
    await measureBrowser(browser, host.url);
  } finally {
    await host.close();
  }
  // After the host is closed: the harness installs its own runtime globals and KVS.
  const results = new Report();
  await measureResults(results);
  const suppliers = new Report();
  await measureSupplierRatings(suppliers);
  const jira = new Report();
  await measureJira(jira);
  const domain = new Report();
  measureDomain(domain);
  const bundles = new Report();
  measureBundles(bundles, MANIFEST);

  const report = Report.merge([actions, results, suppliers, jira, domain, bundles, browser]);
  print(json ? `${JSON.stringify(report.figures, null, 2)}\n` : `${report.table()}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
