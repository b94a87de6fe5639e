import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Rules every package follows (see docs/architecture.md, "Conventions"). */
export const sharedRules = {
  '@typescript-eslint/consistent-type-imports': [
    'error',
    { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
  ],
  '@typescript-eslint/no-unused-vars': [
    'error',
    { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
  ],
  // `as const` objects and unions instead of enums.
  'no-restricted-syntax': [
    'error',
    { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a union type.' },
  ],
  // One public entry per package: never reach into another package's files.
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['@img-groningen/*/src/*', '@img-groningen/*/src'],
          message: "Import a package through its public entry (its package.json 'exports').",
        },
        {
          group: ['**/packages/*', '../../packages/**', '../../../packages/**', '**/apps/*'],
          message: 'No relative imports across packages: use the package name.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/drizzle/**', '**/coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: sharedRules,
  },
  prettier,
);
