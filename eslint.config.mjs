// @ts-check
import { readdirSync } from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const forgeBackend = ['@forge/api', '@forge/kvs', '@forge/resolver', '@forge/events'];

/** Architecture rules (docs/architecture.md), enforced rather than hoped for. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

/** Each UI feature is a zone: it may import components/, api/ and the shared contract, never another feature. */
const UI_FEATURES = './static/app/src/features';
const uiFeatures = (() => {
  try {
    return readdirSync(new URL(UI_FEATURES, import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
})();
/**
 * Each folder of src/features and src/domain is a slice: other code reaches it only through its index.ts (its
 * public entry), so a slice can change its insides without breaking another. Within a layer, one zone per slice;
 * from the rest of src/, sandbox/ and the UI, one zone per layer.
 */
const foldersOf = (dir) => {
  try {
    return readdirSync(new URL(dir, import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
};
const SLICE_MESSAGE = "Another slice is reached through its public entry (its folder's index.ts) only.";
const sliceLayers = [
  { layer: './src/features', shared: ['./router.ts', './routes.ts'] },
  { layer: './src/domain', shared: [] },
];
const sliceZones = sliceLayers.flatMap(({ layer, shared }) => {
  const slices = foldersOf(layer);
  const entries = slices.map((slice) => `./${slice}/index.ts`);
  return [
    ...slices.map((slice) => ({
      target: `${layer}/${slice}`,
      from: layer,
      except: [`./${slice}`, ...entries, ...shared],
      message: SLICE_MESSAGE,
    })),
    {
      target: [
        './src/adapters',
        './src/ports',
        './src/shared',
        './src/index.ts',
        './sandbox',
        './static/app/src',
      ],
      from: layer,
      except: [...entries, ...shared],
      message: SLICE_MESSAGE,
    },
  ];
});

const featureZones = uiFeatures.map((feature) => ({
  target: `${UI_FEATURES}/${feature}`,
  from: UI_FEATURES,
  except: [`./${feature}`],
  message: 'UI features do not import each other: move what they share to components/.',
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'static/app/build/**',
      'coverage/**',
      '.forge-local/**',
      '.stryker-tmp/**',
      'reports/**',
      'openapi/**',
      'test/fixtures/**',
      'tools/**',
      'sandbox/page/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, project: null },
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts', 'sandbox/**/*.ts', 'static/app/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // The graph behind no-cycle needs to parse TypeScript dependencies, not only resolve them.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            ...sliceZones,
            {
              target: './src/adapters',
              from: ['./src/features', './src/index.ts'],
              message: 'Adapters implement ports (src/ports); they never import handlers.',
            },
            {
              target: './src/ports',
              from: ['./src/features', './src/adapters', './src/index.ts'],
              message: 'Ports are interfaces: they depend on the domain and the contract only.',
            },
            {
              target: './src/features',
              from: ['./src/adapters', './src/index.ts'],
              message: 'Features reach the outside through ports, never adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/*.ts'],
    rules: restrict(
      ['@forge/*', '../*', 'zod', '@shared/*', '@domain/*'],
      'The domain is pure TypeScript: no Forge, no I/O, no other layer.',
    ),
  },
  {
    // A folder of the domain may use the rest of the domain (../), never leave it (../../). No path aliases: the
    // Forge bundle of the backend resolves relative imports only.
    files: ['src/domain/*/**/*.ts'],
    rules: restrict(
      ['@forge/*', '../../*', 'zod', '@shared/*', '@domain/*'],
      'The domain is pure TypeScript: no Forge, no I/O, no other layer.',
    ),
  },
  {
    files: ['src/shared/**/*.ts', 'src/features/**/*.ts', 'src/ports/**/*.ts'],
    rules: restrict(
      [...forgeBackend, '@forge/bridge', '**/adapters', '**/adapters/*'],
      'Only src/adapters and src/index.ts talk to Forge.',
    ),
  },
  {
    files: ['static/app/src/**/*.{ts,tsx}'],
    rules: restrict(
      [
        ...forgeBackend,
        '**/src/features/*',
        '**/src/ports/*',
        '**/src/adapters/*',
        '**/src/index',
        '**/sandbox/*',
        '**/src/domain/*',
        '../**/domain/*',
      ],
      'The Custom UI talks to the backend through @forge/bridge and the shared contract only (domain via @domain/).',
    ),
  },
  {
    // A UI component or hook reads on one screen, a UI file in a few; past that it is split into named parts (and
    // what several features need goes to components/).
    files: ['static/app/src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 120 }],
      'max-lines': ['error', { max: 300 }],
    },
  },
  {
    // A backend function is a sentence of steps (parse, check who, plan, carry out): past a screenful it hides a
    // second responsibility, and a file past 300 lines holds several.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 60 }],
      'max-lines': ['error', { max: 300 }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
