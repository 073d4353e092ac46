import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// One vocabulary (docs/decisions.md): a status, channel or kind word is compared only in src/domain;
// elsewhere the domain's predicates are asked (isOpen, isStaffLoggedChannel, isComplaint…).
const LIFECYCLE_WORDS =
  '/^(new|in_progress|waiting_reporter|resolved|closed|portal|phone|walk_in|email|suggestion_box|question|complaint)$/';
const VOCABULARY_SUBJECTS = '/^(status|channel|kind|originChannel|origin_channel)$/';
const comparisonOf = (literal, subject) =>
  `BinaryExpression[operator=/^[!=]==?$/][${literal}.value=${LIFECYCLE_WORDS}]:matches([${subject}.name=${VOCABULARY_SUBJECTS}], [${subject}.property.name=${VOCABULARY_SUBJECTS}])`;
const vocabularyMessage =
  'Only src/domain compares a status, channel or kind word: ask a predicate from src/domain/tickets (statuses.ts, channels.ts, kinds.ts).';

export default tseslint.config(
  { ignores: ['dist/**', 'web/dist/**', 'node_modules/**', 'data/**', 'e2e/screenshots/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The web shares the domain's words, never its policy: what may be done comes from the server.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@domain/tickets/lifecycle', '@domain/tickets/parties', '@domain/accounts/*'],
              allowTypeImports: true,
              message: 'The web takes what may be done from the server (allowedActions, capabilities).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: comparisonOf('right', 'left'), message: vocabularyMessage },
        { selector: comparisonOf('left', 'right'), message: vocabularyMessage },
      ],
    },
  },
  {
    // The domain is pure: no I/O, no environment, no framework.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'fastify',
            'kysely',
            'pg',
            'better-sqlite3',
            '../server/*',
            '../../server/*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process'],
    },
  },
);
