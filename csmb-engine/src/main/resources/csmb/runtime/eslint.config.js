// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';

// ESLint's recommended rules for ES modules running on Node.js; `npm run lint` checks every .js file.
export default defineConfig([
  { ignores: ['data/'] },
  js.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: globals.node,
    },
  },
]);
