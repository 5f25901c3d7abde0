import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The database's tables (lib/storage/db.ts), as a selector regex. */
const TABLES =
  '/^(events|organisations|people|statements|quotes|topics|annotations|meta|indexedDocs|fingerprintBuckets|deletions|syncBases|pendingCaptures)$/';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.demo/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  reactHooks.configs.flat['recommended-latest'],
  {
    files: ['**/*.{ts,tsx}'],
    // TypeScript already checks names; this rule does not know browser or Node globals.
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'browser-tests/**'],
    // Tests assert on fixtures they built themselves; `!` there reads better than guards.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The database has one front door: components read and write through lib/storage
    // functions (or useLiveQuery over them), never Dexie or its tables. A type-only
    // import of the database handle is allowed, so components can pass it on.
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Components use lib/storage functions, not Dexie.' }],
          patterns: [
            {
              group: ['**/storage/db', '@/lib/storage/db'],
              allowTypeImports: true,
              message: 'Components use lib/storage functions, not the database module.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[object.name='db'][property.name=${TABLES}]`,
          message: 'Components use lib/storage functions, not database tables.',
        },
      ],
    },
  },
  {
    // lib/ is framework-free and knows nothing of the UI or the extension's wiring.
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**', '@/components/**', '**/entrypoints/**', '@/entrypoints/**'],
              message: 'lib/ must not import components/ or entrypoints/.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      // Destructuring a field away to omit it is the idiom here (`{ text: _text, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
