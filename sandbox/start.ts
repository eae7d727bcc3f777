/**
 * `npm start`: the local Forge host on one port, with the app's storage in a SQLite file.
 *   PORT            default 4310
 *   FORGE_LOCAL_DB  default .forge-local/procurement-crm.sqlite (':memory:' for a throw-away run); the Jira
 *                   sandbox's issues are kept beside it, in <FORGE_LOCAL_DB>.jira.json
 *   ATLASSIAN_SITE_URL + ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN: send product calls to that real site (only the
 *                   operations manifest.yml's scopes allow)
 *   FORGE_LOCAL_KVS_LATENCY_MS, FORGE_LOCAL_KVS_LATENCY_JITTER_MS: storage latency per request
 *   FORGE_LOCAL_KVS_STALE_READS (probability 0–1), FORGE_LOCAL_KVS_STALE_WINDOW_MS (default 1000): stale reads
 *   FORGE_LOCAL_KVS_SEED: seed of the jitter and stale reads
 * Prints the host's per-start token: scripts send it in `x-forge-host-token` with every POST to /__host/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeBehaviour, kvsBehaviourFromEnv } from './kvs';
import { realSiteFromEnv } from './products/real-site';
import { startHost } from './server';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4310);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  const dbFile =
    process.env.FORGE_LOCAL_DB ?? resolve(__dirname, '..', '.forge-local', 'procurement-crm.sqlite');
  const firstStart = dbFile === ':memory:' || !existsSync(dbFile);
  if (dbFile !== ':memory:') mkdirSync(dirname(dbFile), { recursive: true });
  const site = realSiteFromEnv();
  const kvs = kvsBehaviourFromEnv();

  // Seeding is idempotent, so it also runs when an earlier first start was interrupted before it.
  // A Jira call breaking the OpenAPI contract is printed loudly here; tests make it fail instead.
  const host = await startHost({ port, dbFile, seed: true, site, kvs, jira: { contract: 'log' } });
  console.log(`Procurement CRM local host: http://localhost:${host.port}`);
  // Only the developer sees this console; the page carries the token itself. Scripts (curl) need it for POSTs.
  console.log(`  token for scripts, valid until this host stops: x-forge-host-token: ${host.token}`);
  console.log(
    `  storage: ${dbFile === ':memory:' ? 'in memory' : dbFile}${firstStart ? ' (new, demo data seeded)' : ''}`,
  );
  const behaviour = describeBehaviour(kvs);
  if (behaviour) console.log(`  storage behaviour: ${behaviour}`);
  if (site) {
    console.log(`  product calls go to the real site ${site.url} as ${site.email}, only these operations:`);
    for (const op of host.siteAllowlist.operations)
      console.log(`    ${op.method} ${op.template}  (${op.scopes.join(' + ')})`);
  } else
    console.log(
      `  product calls go to the built-in Confluence and Jira sandboxes; Jira board: http://localhost:${host.port}/?view=jira`,
    );

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) process.exit(1);
    closing = true;
    console.log(`\n${signal}: closing the local host…`);
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
