/**
 * `npm run lint:forge` as a test: the project's manifest passes @forge/manifest's full validation and the
 * client-side @forge/lint linters, and the scope linter demonstrably catches a missing scope (fixture app).
 * The first run in a process pays ~5-10 s of schema compilation; later runs take a fraction of a second.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runForgeLint, type ForgeLintReport } from '../../scripts/forge-lint';

jest.setTimeout(60_000);

const repoRoot = path.resolve(__dirname, '..', '..');
const fixture = path.join(repoRoot, 'test', 'fixtures', 'forge-app-missing-scope');
const errorsOf = (report: ForgeLintReport) => report.problems.filter((p) => p.level !== 'warning');
const tempDirs: string[] = [];

function tempCopy(entries: string[], from: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forge-lint-'));
  tempDirs.push(dir);
  for (const entry of entries) {
    if (fs.existsSync(path.join(from, entry)))
      fs.cpSync(path.join(from, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('the project', () => {
  let report: ForgeLintReport;
  beforeAll(async () => {
    report = await runForgeLint(repoRoot, { allowMissingBuild: true });
  });

  it('validates against the manifest schema and passes the client-side linters', () => {
    expect(errorsOf(report)).toEqual([]);
    expect(report.files).toContain('src/index.ts');
  });

  it('only lacks UI build output that `npm run build` produces', () => {
    expect(['static/app/build/main', 'static/app/build/config', 'static/app/build/banner']).toEqual(
      expect.arrayContaining(report.missingBuild),
    );
  });

  it('passes with built resources too (placeholders in a temp copy when the build has not run)', async () => {
    const copy = tempCopy(['manifest.yml', 'src', 'locales', 'static/app/build'], repoRoot);
    for (const missing of report.missingBuild) {
      fs.mkdirSync(path.join(copy, missing), { recursive: true });
      fs.writeFileSync(path.join(copy, missing, 'index.html'), '<!doctype html><div id="root"></div>');
    }
    const built = await runForgeLint(copy);
    expect(errorsOf(built)).toEqual([]);
    expect(built.missingBuild).toEqual([]);
  });

  it('reports unbuilt resources as errors unless told they are expected', async () => {
    const copy = tempCopy(['manifest.yml', 'src', 'locales'], repoRoot);
    const unbuilt = await runForgeLint(copy);
    expect(unbuilt.missingBuild).toEqual([
      'static/app/build/main',
      'static/app/build/config',
      'static/app/build/banner',
    ]);
    expect(errorsOf(unbuilt).map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringContaining("missing resource 'static/app/build/main'")]),
    );
  });
});

describe('the scope check bites', () => {
  it('reports the missing write:jira-work scope of POST /rest/api/3/issue', async () => {
    const report = await runForgeLint(fixture);
    expect(errorsOf(report)).toEqual([
      expect.objectContaining({
        file: 'src/index.ts',
        line: 5,
        level: 'error',
        source: 'PermissionLinter',
        message: 'Jira endpoint: POST /rest/api/3/issue requires "write:jira-work" scope',
        metadata: { missingPermission: 'write:jira-work' },
      }),
    ]);
  });

  it('passes once the manifest declares the scope', async () => {
    const copy = tempCopy(['manifest.yml', 'src'], fixture);
    const manifest = path.join(copy, 'manifest.yml');
    fs.writeFileSync(
      manifest,
      fs
        .readFileSync(manifest, 'utf8')
        .replace('    - read:jira-work\n', '    - read:jira-work\n    - write:jira-work\n'),
    );
    const report = await runForgeLint(copy);
    expect(report.files).toEqual(['src/index.ts']);
    expect(errorsOf(report)).toEqual([]);
  });

  it('warns when tsconfig.json would make the Forge CLI skip the sources', async () => {
    const copy = tempCopy(['manifest.yml', 'src'], fixture);
    fs.writeFileSync(path.join(copy, 'tsconfig.json'), JSON.stringify({ include: ['src'] }));
    const skipped = await runForgeLint(copy);
    expect(skipped.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ source: 'tsconfig', level: 'warning' })]),
    );
    fs.writeFileSync(path.join(copy, 'tsconfig.json'), JSON.stringify({ include: ['src/**/*'] }));
    const globbed = await runForgeLint(copy);
    expect(globbed.problems.filter((p) => p.source === 'tsconfig')).toEqual([]);
  });
});
