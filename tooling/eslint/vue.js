import pluginVue from 'eslint-plugin-vue';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import base, { sharedRules } from './base.js';

export default tseslint.config(
  ...base,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
      },
    },
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...sharedRules, 'vue/multi-word-component-names': 'off' },
  },
  // Formatting is Prettier's: switch off the stylistic rules of the Vue preset again.
  prettier,
);
