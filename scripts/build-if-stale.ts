/**
 * `tsx scripts/build-if-stale.ts`: runs `npm run build` unless static/app/build already holds the build of exactly
 * the current inputs, so that one CI run (`npm test`, then `npm run test:e2e`) builds the Custom UI once, while each
 * command still builds on its own on a fresh clone.
 *
 * The stamp (static/app/build/.build-stamp.json, outside the manifest's resources build/main and build/config) holds
 * a SHA-256 over the path and content of every build input, and one over the build output. The build is reused only
 * when both match: a changed, added, removed or renamed input, a changed `VITE_*` variable, or output touched since
 * the build all mean a rebuild. Inputs are hashed before building, so an edit made during the build is caught next
 * time. Prints one line: built or reused.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..');
const BUILD_DIR = 'static/app/build';
const STAMP = path.join(BUILD_DIR, '.build-stamp.json');
/** The manifest's resources, i.e. what `npm run build` writes. */
const OUTPUTS = [`${BUILD_DIR}/main`, `${BUILD_DIR}/config`, `${BUILD_DIR}/banner`];
/**
 * Everything the Vite build reads from the project: the whole Custom UI (sources, pages, vite.config.ts, env files),
 * the code it imports through @shared and @domain, the UI strings, the toolchain's versions (lock file and the
 * installed tree's own lock), the build command (package.json) and tsconfig.json (read by Vite's TS transform).
 * Missing entries count too (as "absent"), so creating one invalidates the stamp.
 */
const INPUTS = [
  'static/app',
  'src/shared',
  'src/domain',
  'locales',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
  'tsconfig.json',
];
/** Never inputs: the output itself, and installed packages (covered by the lock files). */
const SKIP = new Set([BUILD_DIR, 'static/app/node_modules']);
/** Bump to invalidate every stamp when this script's notion of the inputs changes. */
const STAMP_VERSION = 1;

interface Stamp {
  version: number;
  inputs: string;
  outputs: string;
}

/** Every regular file under `rel` (a file or a directory), as sorted repo-relative POSIX paths. */
function files(rel: string, out: string[] = []): string[] {
  if (SKIP.has(rel)) return out;
  const full = path.join(repoRoot, rel);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    return out;
  }
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) files(`${rel}/${name}`, out);
  } else if (stat.isFile()) {
    out.push(rel);
  }
  return out;
}

/** SHA-256 over each entry's path and each file's path, size and content (entries that do not exist: their name). */
function digest(entries: readonly string[], extra = ''): string {
  const hash = createHash('sha256').update(`v${STAMP_VERSION}\0${extra}\0`);
  for (const entry of entries) {
    const list = files(entry);
    hash.update(`entry\0${entry}\0${list.length}\0`);
    for (const file of list) {
      const content = fs.readFileSync(path.join(repoRoot, file));
      hash.update(`file\0${file}\0${content.length}\0`).update(content);
    }
  }
  return hash.digest('hex');
}

/** `VITE_*` variables reach the bundle through import.meta.env, so they are inputs too. */
function viteEnv(): string {
  return Object.keys(process.env)
    .filter((key) => key.startsWith('VITE_'))
    .sort()
    .map((key) => `${key}=${process.env[key]}`)
    .join('\0');
}

function readStamp(): Stamp | undefined {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(repoRoot, STAMP), 'utf8')) as Partial<Stamp>;
    if (
      stamp.version !== STAMP_VERSION ||
      typeof stamp.inputs !== 'string' ||
      typeof stamp.outputs !== 'string'
    ) {
      return undefined;
    }
    return stamp as Stamp;
  } catch {
    return undefined;
  }
}

function main(): void {
  const inputs = digest(INPUTS, viteEnv());
  const stamp = readStamp();
  const outputsPresent = OUTPUTS.every((dir) => fs.existsSync(path.join(repoRoot, dir, 'index.html')));
  const why = !stamp
    ? 'no build stamp'
    : stamp.inputs !== inputs
      ? 'inputs changed'
      : !outputsPresent || stamp.outputs !== digest(OUTPUTS)
        ? 'build output changed since it was built'
        : undefined;

  if (!why) {
    console.log(`UI build: reused ${BUILD_DIR} (inputs unchanged, ${inputs.slice(0, 12)})`);
    return;
  }

  // A failed build must not leave a stamp that matches.
  fs.rmSync(path.join(repoRoot, STAMP), { force: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(
      `UI build: npm run build failed (${run.error?.message ?? `exit ${run.status ?? run.signal}`})`,
    );
    process.exit(run.status || 1);
  }
  const written: Stamp = { version: STAMP_VERSION, inputs, outputs: digest(OUTPUTS) };
  fs.writeFileSync(path.join(repoRoot, STAMP), `${JSON.stringify(written, null, 2)}\n`);
  console.log(`UI build: built ${BUILD_DIR} (${why}, ${inputs.slice(0, 12)})`);
}

main();
