/**
 * `npm run lint:forge [-- --allow-missing-build] [appDir]`: what `forge lint` checks, offline and without login.
 *  (a) `manifest.yml` against @forge/manifest's full validation (JSON schema, modules, resources, scopes, storage
 *      entities, translations, runtime...);
 *  (b) @forge/lint's client-side linters over `src/` (the list `forge lint` uses), the scope linter reading the
 *      committed OpenAPI subsets under `openapi/` instead of downloading Atlassian's specs.
 * The output mimics `forge lint`; exit status 1 on any error.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { StatsigService } from '@forge/cli-shared';
import type { LintResult as LintResultType, LintResultRule } from '@forge/lint';
import type { ManifestSchema, ValidationError } from '@forge/manifest';

const repoRoot = path.resolve(__dirname, '..');
const OPENAPI_DIR = path.join(repoRoot, 'openapi');
const EMPTY = 'empty-paths.json';

/** What the permission linter reads for each product when USE_LOCAL_SWAGGER is set. */
export const LOCAL_SWAGGER_FILES: Readonly<Record<string, string>> = {
  LOCAL_JIRA_SWAGGER: 'jira-subset.json',
  LOCAL_JSM_SWAGGER: EMPTY,
  LOCAL_JSW_SWAGGER: EMPTY,
  LOCAL_CONF_SWAGGER: EMPTY,
  LOCAL_CONF_V2_SWAGGER: 'confluence-v2-subset.json',
  LOCAL_BB_SWAGGER: EMPTY,
};

export type ProblemLevel = 'error' | 'warning' | 'approval';

export interface ForgeLintProblem {
  /** Relative to the app directory. */
  file: string;
  line: number;
  column: number;
  level: ProblemLevel;
  message: string;
  reference?: string;
  /** `manifest` for (a), otherwise the @forge/lint linter class. */
  source: string;
  metadata?: Record<string, unknown>;
}

export interface ForgeLintReport {
  problems: ForgeLintProblem[];
  /** Manifest resources whose directory (UI build output) does not exist yet; their errors are not in `problems`
   *  when `allowMissingBuild` is set. */
  missingBuild: string[];
  /** Source files handed to the linters. */
  files: string[];
  errors: number;
  warnings: number;
}

export interface ForgeLintOptions {
  /** Report unbuilt resource directories in `missingBuild` instead of as errors. */
  allowMissingBuild?: boolean;
  /** Where the OpenAPI subsets live (default: the committed `openapi/`). */
  openapiDir?: string;
}

const SOURCE_EXTENSIONS = /\.(tsx?|jsx?|cjs|mjs)$/;

function listSources(appDir: string, dir = 'src'): string[] {
  const absolute = path.join(appDir, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules')
    .flatMap((entry) => {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return listSources(appDir, relative);
      return SOURCE_EXTENSIONS.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
    })
    .sort();
}

/** The linters only ask Statsig for deprecated runtimes (a remote flag): offline, none. */
const offlineStatsig = {
  getDeprecatedRuntimes: (): Promise<string[]> => Promise.resolve([]),
  checkGate: (): Promise<null> => Promise.resolve(null),
  getDynamicConfig: (): Promise<null> => Promise.resolve(null),
} as unknown as StatsigService;

function fromManifestError(error: ValidationError): ForgeLintProblem {
  return {
    file: 'manifest.yml',
    line: error.line ?? 0,
    column: error.column ?? 0,
    level: error.level,
    message: error.message,
    reference: error.reference,
    source: 'manifest',
    ...(error.metadata ? { metadata: error.metadata } : {}),
  };
}

/**
 * Runs (a) and (b) on the app in `appDir`. Both @forge/manifest and @forge/lint resolve `manifest.yml`,
 * translations and `tsconfig.json` against the working directory, so it is switched for the duration of the run:
 * do not run two lints concurrently in one process.
 */
export async function runForgeLint(appDir: string, options: ForgeLintOptions = {}): Promise<ForgeLintReport> {
  const dir = path.resolve(appDir);
  const openapiDir = options.openapiDir ?? OPENAPI_DIR;
  const env: Record<string, string> = { USE_LOCAL_SWAGGER: '1' };
  for (const [name, file] of Object.entries(LOCAL_SWAGGER_FILES)) {
    const full = path.join(openapiDir, file);
    if (!fs.existsSync(full)) throw new Error(`${full} is missing: run npm run openapi:subset`);
    env[name] = full;
  }
  const savedEnv = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  const savedCwd = process.cwd();
  Object.assign(process.env, env);
  process.chdir(dir);
  const unshare = shareSchemaCompilation();
  try {
    return await lintInCwd(dir, options);
  } finally {
    unshare();
    process.chdir(savedCwd);
    for (const [name, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/**
 * `forge lint`/`forge deploy` only parse the TypeScript files that tsconfig.json's include/exclude lists name, and
 * they expand those entries as globs, not as directories: `"include": ["src"]` makes them skip every file under
 * src/ silently. This run lints all of src/ regardless, and warns about the gap.
 */
async function tsconfigSkips(files: string[]): Promise<ForgeLintProblem[]> {
  if (!fs.existsSync('tsconfig.json')) return [];
  const { listTSConfigIncludeExclude, FileSystemReader } = await import('@forge/cli-shared');
  const { include, exclude } = await listTSConfigIncludeExclude(new FileSystemReader());
  if (include.length === 0 && exclude.length === 0) return [];
  const included = new Set(include);
  const excluded = new Set(exclude);
  const skipped = files.filter((file) => {
    const absolute = path.resolve(file);
    return /\.tsx?$/.test(file) && !(included.has(absolute) && !excluded.has(absolute));
  });
  if (skipped.length === 0) return [];
  return [
    {
      file: 'tsconfig.json',
      line: 0,
      column: 0,
      level: 'warning',
      source: 'tsconfig',
      message:
        `the Forge CLI's own lint would skip ${skipped.length} TypeScript file(s) (${skipped[0]}...): tsconfig.json ` +
        `include/exclude entries are expanded as globs, write "src/**/*" rather than "src"`,
    },
  ];
}

type Compile = (this: { opts: Record<string, unknown> }, schema: unknown, meta?: boolean) => unknown;

/**
 * @forge/manifest compiles its 2.3 MB manifest schema anew in each of the five processors that validate() and the
 * manifest linters build (about 3 s each, 15 s in all). They use identical Ajv options, so while the lint runs one
 * compiled validator serves them all (keyed by the schema's shared `properties` object). Returns the undo.
 */
function shareSchemaCompilation(): () => void {
  const ajvPath = require.resolve('ajv', { paths: [path.dirname(require.resolve('@forge/manifest'))] });
  const Ajv = (createRequire(__filename)(ajvPath) as { default: { prototype: { compile: Compile } } })
    .default;
  const original = Ajv.prototype.compile;
  const compiled = new WeakMap<object, Map<string, unknown>>();
  Ajv.prototype.compile = function (schema, meta) {
    const key =
      typeof schema === 'object' && schema !== null
        ? ((schema as { properties?: object }).properties ?? schema)
        : undefined;
    if (!key || meta !== undefined) return original.call(this, schema, meta);
    const options = JSON.stringify([this.opts.allErrors, this.opts.verbose, this.opts.strict]);
    const byOptions = compiled.get(key) ?? new Map<string, unknown>();
    compiled.set(key, byOptions);
    if (!byOptions.has(options)) byOptions.set(options, original.call(this, schema, meta));
    return byOptions.get(options);
  };
  return () => {
    Ajv.prototype.compile = original;
  };
}

async function lintInCwd(dir: string, options: ForgeLintOptions): Promise<ForgeLintReport> {
  // Loaded lazily: @forge/lint pulls in the TypeScript compiler (about a second).
  const manifestLib = await import('@forge/manifest');
  const validation = await manifestLib.validate(false, path.join(dir, manifestLib.MANIFEST_FILE));
  const manifest = validation.manifestObject?.typedContent as ManifestSchema | undefined;

  const missingBuild = (manifest?.resources ?? [])
    .filter((resource) => !fs.existsSync(path.join(dir, resource.path)))
    .map((resource) => resource.path);
  const isMissingBuildError = (error: ValidationError): boolean =>
    options.allowMissingBuild === true && missingBuild.some((p) => error.message.includes(`'${p}'`));
  const problems = (validation.errors ?? []).filter((e) => !isMissingBuildError(e)).map(fromManifestError);

  const files = listSources(dir);
  problems.push(...(await tsconfigSkips(files)));
  if (manifest) {
    const forgeLint = await import('@forge/lint');
    const failures: string[] = [];
    const logger = { info: (message: string) => failures.push(stripVTControlCharacters(message).trim()) };
    // FullManifestLinter repeats (a) (same validators, same messages): it is left out to avoid duplicates.
    const linters = (
      await forgeLint.getClientSideLintersOnly(manifest, 'development', logger, offlineStatsig)
    ).filter((linter) => linter.constructor.name !== 'FullManifestLinter');
    // `forge lint` parses with the project's tsconfig (type services); the linters only use the syntax tree.
    const parser: typeof forgeLint.tsParser = (code, filepath) =>
      forgeLint.tsParser(code, filepath, { project: undefined });
    const inputs = await Promise.all(files.map((file) => forgeLint.parseSourceFile(file, parser)));
    await Promise.all(linters.map((linter) => linter.bootstrap()));
    for (const linter of linters) {
      const before = failures.length;
      const results: LintResultType[] = await linter.batchExecute(inputs);
      for (const result of results) {
        const add = (level: ProblemLevel) => (rule: LintResultRule) =>
          problems.push({
            file: path.relative(dir, path.resolve(dir, result.file)),
            line: rule.line,
            column: rule.column,
            level,
            message: rule.message,
            reference: rule.reference,
            source: linter.constructor.name,
            ...(rule.metadata ? { metadata: rule.metadata } : {}),
          });
        result.errors.forEach(add('error'));
        result.warnings.forEach(add('warning'));
        result.approvals.forEach(add('approval'));
      }
      // A linter that throws is only logged by @forge/lint: here it fails the run, since it checked nothing.
      for (const failure of failures.slice(before)) {
        problems.push({
          file: '.',
          line: 0,
          column: 0,
          level: 'error',
          message: failure,
          source: linter.constructor.name,
        });
      }
    }
  }
  return {
    problems,
    missingBuild,
    files,
    errors: problems.filter((p) => p.level !== 'warning').length,
    warnings: problems.filter((p) => p.level === 'warning').length,
  };
}

/** Prints like `forge lint` (its own formatter, grouped by file). */
export async function printReport(report: ForgeLintReport, dir: string): Promise<void> {
  const { LintResult, reportLintResults } = await import('@forge/lint');
  const byFile = new Map<string, LintResultType>();
  for (const p of report.problems) {
    const result = byFile.get(p.file) ?? new LintResult(path.resolve(dir, p.file));
    byFile.set(p.file, result);
    result.add({
      class: p.level as LintResultRule['class'],
      line: p.line,
      column: p.column,
      message: `${p.message} [${p.source}]`,
      reference: p.reference ?? '',
    });
  }
  reportLintResults({ info: (message: string) => console.log(message) }, [...byFile.values()]);
  if (report.missingBuild.length > 0) {
    console.log(`Not built yet (run npm run build): ${report.missingBuild.join(', ')}`);
  }
  console.log(
    `Linted ${report.files.length} source file(s) in ${path.join(path.relative(process.cwd(), dir) || '.', 'src')}.`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? repoRoot);
  const report = await runForgeLint(dir, { allowMissingBuild: args.includes('--allow-missing-build') });
  await printReport(report, dir);
  process.exitCode = report.errors > 0 ? 1 : 0;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
