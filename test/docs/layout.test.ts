/**
 * docs/architecture.md's layout blocks (```layout fences) are a map of the repository: every line names a path from
 * the root, then optionally a description. The map must hold both ways: everything it names exists, and every folder
 * of the places below is named (itself or a path inside it), so a moved or new folder cannot leave the map behind.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const DOC = 'docs/architecture.md';

/** Where every folder must be on the map: the top level, and these folders' own folders. */
const MAPPED = ['', 'src', 'src/domain', 'src/features', 'static/app/src', 'static/app/src/features'];

const SEGMENT = String.raw`[\w.@-]+`;
/** `a/b/`, `a/b.ts`, or `a/{b,c}/`: plain segments, any of them a brace list of names. */
const PATH = new RegExp(
  String.raw`^(?:${SEGMENT}|\{${SEGMENT}(?:,${SEGMENT})+\})(?:/(?:${SEGMENT}|\{${SEGMENT}(?:,${SEGMENT})+\}))*/?$`,
);

interface Named {
  /** As written, expanded: `src/x/` for a folder, `src/x.ts` for a file. */
  path: string;
  line: number;
}

/** The paths of the doc's layout blocks, braces expanded; a line that does not start with a path is an error. */
function namedPaths(markdown: string): { named: Named[]; errors: string[] } {
  const named: Named[] = [];
  const errors: string[] = [];
  let inLayout = false;
  let blocks = 0;
  markdown.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (/^```/.test(text)) {
      if (!inLayout && /^```layout\s*$/.test(text)) blocks += 1;
      inLayout = !inLayout && /^```layout\s*$/.test(text);
      return;
    }
    if (!inLayout || text.trim() === '') return;
    const token = /^\S+/.exec(text)?.[0] ?? '';
    if (!PATH.test(token) || (token.length < text.length && !/^\S+\s{2,}\S/.test(text))) {
      errors.push(
        `line ${line}: "${text.trim()}" does not start with a path (then two spaces and a description)`,
      );
      return;
    }
    for (const expanded of expand(token)) named.push({ path: expanded, line });
  });
  if (blocks === 0) errors.push('no ```layout block');
  return { named, errors };
}

function expand(pattern: string): string[] {
  const brace = /\{([^}]+)\}/.exec(pattern);
  if (!brace) return [pattern];
  return brace[1]!
    .split(',')
    .flatMap((name) =>
      expand(pattern.slice(0, brace.index) + name + pattern.slice(brace.index + brace[0].length)),
    );
}

/** The folders (`a/b/`) and files (`a/b.ts`) of a repository given as its files' paths. */
function treeOf(files: readonly string[]): { folders: Set<string>; files: Set<string> } {
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i += 1) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  return { folders, files: new Set(files) };
}

/** What is wrong with the map: names of nothing, and folders of the mapped places it misses. */
function layoutProblems(markdown: string, files: readonly string[], mapped = MAPPED): string[] {
  const { named, errors } = namedPaths(markdown);
  const tree = treeOf(files);
  const problems = [...errors];
  for (const { path: p, line } of named) {
    const exists = p.endsWith('/') ? tree.folders.has(p) : tree.files.has(p);
    if (!exists) problems.push(`line ${line}: ${p} does not exist`);
  }
  const paths = named.map((n) => n.path);
  for (const place of mapped) {
    const prefix = place === '' ? '' : `${place}/`;
    const folders = [...tree.folders].filter(
      (f) => f.startsWith(prefix) && !f.slice(prefix.length, -1).includes('/'),
    );
    for (const folder of folders) {
      if (!paths.some((p) => p === folder || p.startsWith(folder)))
        problems.push(`${folder} is not on the map`);
    }
  }
  return problems;
}

/** The repository's files: tracked, or new and not ignored (so a folder created but not yet committed counts). */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\0').filter((file) => file !== '' && existsSync(path.join(root, file)));
}

describe('docs/architecture.md layout', () => {
  it('names only what exists, and every folder of the top level, src/, src/domain/, src/features/, static/app/src/ and static/app/src/features/', () => {
    expect(layoutProblems(readFileSync(path.resolve(root, DOC), 'utf8'), repositoryFiles())).toEqual([]);
  });
});

describe('the layout check', () => {
  const files = ['a.md', 'src/x/one.ts', 'src/y/two.ts', 'lib/z.ts', '.ci/run'];
  const doc = (...lines: string[]) => ['Text.', '', '```layout', ...lines, '```', ''].join('\n');

  it('accepts a map naming every mapped folder, with braces and descriptions', () => {
    expect(
      layoutProblems(doc('a.md  a file', 'src/{x,y}/  two folders', 'lib/', '.ci/run'), files, ['', 'src']),
    ).toEqual([]);
  });

  it('refuses a folder or a file that does not exist', () => {
    expect(layoutProblems(doc('src/{x,y,w}/', 'lib/', 'lib/gone.ts', '.ci/'), files, ['', 'src'])).toEqual([
      'line 4: src/w/ does not exist',
      'line 6: lib/gone.ts does not exist',
    ]);
  });

  it('refuses a map missing a folder of a mapped place', () => {
    expect(layoutProblems(doc('src/x/', 'lib/z.ts'), files, ['', 'src'])).toEqual([
      '.ci/ is not on the map',
      'src/y/ is not on the map',
    ]);
  });

  it('refuses a line that does not start with a path, and a doc without a layout block', () => {
    expect(layoutProblems(doc('src/x/ one space', '  src/y/', 'lib/ and more', '.ci/'), files, [])).toEqual([
      'line 4: "src/x/ one space" does not start with a path (then two spaces and a description)',
      'line 5: "src/y/" does not start with a path (then two spaces and a description)',
      'line 6: "lib/ and more" does not start with a path (then two spaces and a description)',
    ]);
    expect(layoutProblems('```text\nsrc/x/\n```\n', files, [])).toEqual(['no ```layout block']);
  });
});
