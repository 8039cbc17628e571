// The project's linter (`npm run lint`, part of `npm test`): ESLint's and
// typescript-eslint's recommended rules, plus the project's own boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'bench/tmp/**', '.e2e-profiles/**', 'test/fixtures/sites/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', globalThis: 'readonly', console: 'readonly', navigator: 'readonly',
        process: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
      },
    },
    rules: {
      // Unused names are errors, except the `_`-prefixed ones kept on purpose (destructuring to drop a field).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      // Page content is never rendered as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render page content as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never render page content as HTML (use textContent).' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never render page content as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never render page content as HTML.' },
      ],
    },
  },
  {
    // Tests build fixture DOMs from HTML strings on purpose.
    files: ['**/*.mjs', 'scripts/**', 'bench/**', 'test/**', 'docs/**', '*.config.*'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-syntax': 'off' },
  },
);
