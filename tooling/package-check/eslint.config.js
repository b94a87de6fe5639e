import base from '@img-groningen/eslint-config/base';
import globals from 'globals';

export default [
  ...base,
  // The fixtures are a consumer's browser page.
  { files: ['fixtures/**/*.js'], languageOptions: { globals: globals.browser } },
  // ... and a CommonJS consumer in Node.
  {
    files: ['fixtures/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
