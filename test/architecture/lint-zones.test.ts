/**
 * The architecture rules are lint rules: this lints small probes with the project's own ESLint config, placed as
 * if they were files of the zone they break, and expects the rule to fire. (A probe is linted as the text of an
 * existing file's path, so the type-aware parser knows the file.)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/**
 * ESLint loads its flat config with a dynamic import, which jest's module sandbox refuses: the probes are linted
 * by one plain Node process running the ESLint API, all at once (one type-aware program for every probe).
 */
function lintProbes(probes: { filePath: string; code: string }[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const probes = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const fired = [];
      for (const probe of probes) {
        const [result] = await eslint.lintText(probe.code, { filePath: probe.filePath });
        fired.push(result.messages.map((m) => m.ruleId || m.message));
      }
      process.stdout.write(JSON.stringify(fired));
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const absolute = probes.map((p) => ({ ...p, filePath: path.join(root, p.filePath) }));
  const out = execFileSync(process.execPath, ['-e', script, JSON.stringify(absolute)], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out) as string[][];
}

function firstFile(dir: string): string {
  for (const entry of readdirSync(path.join(root, dir)).sort()) {
    const relative = `${dir}/${entry}`;
    if (statSync(path.join(root, relative)).isFile() && /\.tsx?$/.test(entry)) return relative;
  }
  throw new Error(`no source file in ${dir}`);
}

const features = readdirSync(path.join(root, 'static/app/src/features')).filter((name) =>
  statSync(path.join(root, 'static/app/src/features', name)).isDirectory(),
);

const PROBES = {
  adapterImportsFeature: {
    filePath: 'src/adapters/keys.ts',
    code: "import { ROUTES } from '../features/routes';\nexport const probe = ROUTES;\n",
  },
  featureImportsAdapter: {
    filePath: 'src/features/routes.ts',
    code: "import { KEYS } from '../adapters/keys';\nexport const probe = KEYS;\n",
  },
  uiFeatureImportsAnother: (() => {
    const [from, to] = features as [string, string];
    const target = firstFile(`static/app/src/features/${to}`).replace(/\.tsx?$/, '');
    const relative = path.relative(`static/app/src/features/${from}`, target);
    return {
      filePath: firstFile(`static/app/src/features/${from}`),
      code: `import * as other from '${relative}';\nexport const probe = other;\n`,
    };
  })(),
  // A folder of the domain may use the rest of the domain, never another layer, and never through an alias (the
  // Forge bundle of the backend resolves relative imports only).
  domainFolderLeavesDomain: {
    filePath: 'src/domain/results/score.ts',
    code: "import type { Ports } from '../../ports';\nexport type Probe = Ports;\n",
  },
  domainFolderUsesAlias: {
    filePath: 'src/domain/results/score.ts',
    code: "import { SCALE } from '@domain/model/model';\nexport const probe = SCALE;\n",
  },
  domainFolderUsesDomain: {
    filePath: 'src/domain/results/score.ts',
    code: "import { SCALE } from '../model';\nexport const probe = SCALE;\n",
  },
  // Slices reach each other through their public entry (index.ts) only: in src/features, src/domain, from the
  // rest of src/ and from sandbox/.
  featureReachesIntoSlice: {
    filePath: 'src/features/followup/routes.ts',
    code: "import { progressOf } from '../plan/views';\nexport const probe = progressOf;\n",
  },
  featureUsesSliceEntry: {
    filePath: 'src/features/followup/routes.ts',
    code: "import { progressOf } from '../plan';\nexport const probe = progressOf;\n",
  },
  domainReachesIntoSlice: {
    filePath: 'src/domain/results/score.ts',
    code: "import { SCALE } from '../model/model';\nexport const probe = SCALE;\n",
  },
  adapterReachesIntoDomainSlice: {
    filePath: 'src/adapters/keys.ts',
    code: "import { dayOf } from '../domain/common/days';\nexport const probe = dayOf;\n",
  },
  sandboxReachesIntoSlice: {
    filePath: 'sandbox/demo/plan/index.ts',
    code: "import { linkGlobalId } from '../../../src/features/plan/jobs';\nexport const probe = linkGlobalId;\n",
  },
  sandboxUsesSliceEntry: {
    filePath: 'sandbox/demo/plan/index.ts',
    code: "import { linkGlobalId } from '../../../src/features/plan';\nexport const probe = linkGlobalId;\n",
  },
  // Size: a backend function past 60 lines, a UI component past 120, any file past 300.
  longBackendFunction: {
    filePath: 'src/features/followup/routes.ts',
    code: `export function probe(): number {\n${'  void 0;\n'.repeat(60)}  return 1;\n}\n`,
  },
  longUiComponent: {
    filePath: firstFile('static/app/src/features/plan'),
    code: `export function Probe(): null {\n${'  void 0;\n'.repeat(120)}  return null;\n}\n`,
  },
  longBackendFile: {
    filePath: 'src/features/followup/routes.ts',
    code: `${'export const probe = 1;\n'.repeat(1)}${'// a line\n'.repeat(300)}`,
  },
  // src/domain/survey/response.ts imports ../model: the model importing the survey closes a loop.
  cycle: {
    filePath: 'src/domain/model/model.ts',
    code: "import { planWrite } from '../survey';\nexport const probe = planWrite;\n",
  },
};

let fired: Record<keyof typeof PROBES, string[]>;
beforeAll(() => {
  const names = Object.keys(PROBES) as (keyof typeof PROBES)[];
  const results = lintProbes(names.map((name) => PROBES[name]));
  fired = Object.fromEntries(names.map((name, i) => [name, results[i] ?? []])) as typeof fired;
}, 120_000);

describe('lint zones', () => {
  it('has UI features to keep apart', () => {
    expect(features.length).toBeGreaterThan(1);
  });

  it('refuses an adapter importing a feature handler', () => {
    expect(fired.adapterImportsFeature).toContain('import-x/no-restricted-paths');
  });

  it('refuses a feature importing an adapter', () => {
    expect(fired.featureImportsAdapter).toContain('import-x/no-restricted-paths');
  });

  it('refuses an import from one UI feature into another', () => {
    expect(fired.uiFeatureImportsAnother).toContain('import-x/no-restricted-paths');
  });

  it('keeps a domain folder inside the domain, with relative imports', () => {
    expect(fired.domainFolderLeavesDomain).toContain('no-restricted-imports');
    expect(fired.domainFolderUsesAlias).toContain('no-restricted-imports');
    expect(fired.domainFolderUsesDomain).not.toContain('no-restricted-imports');
  });

  it('refuses an import into another slice that bypasses its index.ts, in src/ and sandbox/', () => {
    expect(fired.featureReachesIntoSlice).toContain('import-x/no-restricted-paths');
    expect(fired.domainReachesIntoSlice).toContain('import-x/no-restricted-paths');
    expect(fired.adapterReachesIntoDomainSlice).toContain('import-x/no-restricted-paths');
    expect(fired.sandboxReachesIntoSlice).toContain('import-x/no-restricted-paths');
  });

  it('lets a slice be used through its index.ts', () => {
    expect(fired.featureUsesSliceEntry).not.toContain('import-x/no-restricted-paths');
    expect(fired.sandboxUsesSliceEntry).not.toContain('import-x/no-restricted-paths');
  });

  it('refuses a backend function over 60 lines, a UI component over 120, a file over 300', () => {
    expect(fired.longBackendFunction).toContain('max-lines-per-function');
    expect(fired.longUiComponent).toContain('max-lines-per-function');
    expect(fired.longBackendFile).toContain('max-lines');
  });

  it('refuses an import cycle', () => {
    expect(fired.cycle).toContain('import-x/no-cycle');
  });
});
