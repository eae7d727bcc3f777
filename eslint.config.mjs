// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forgeBackend = ['@forge/api', '@forge/kvs', '@forge/resolver', '@forge/events'];

/** Architecture rules (ARCHITECTURE.md "Layout"), enforced rather than hoped for. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'static/app/build/**',
      'coverage/**',
      '.forge-local/**',
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
    files: ['src/domain/**/*.ts'],
    rules: restrict(
      ['@forge/*', '../*', 'zod'],
      'The domain is pure TypeScript: no Forge, no I/O, no other layer.',
    ),
  },
  {
    files: ['src/shared/**/*.ts', 'src/resolvers/**/*.ts'],
    rules: restrict(
      [...forgeBackend, '@forge/bridge', '../adapters/*', '**/adapters/*'],
      'Only src/adapters and src/index.ts talk to Forge.',
    ),
  },
  {
    files: ['static/app/src/**/*.{ts,tsx}'],
    rules: restrict(
      [...forgeBackend, '**/src/resolvers/*', '**/src/adapters/*', '**/src/index', '**/sandbox/*'],
      'The Custom UI talks to the backend through @forge/bridge and the shared contract only.',
    ),
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
