import nextVitals from 'eslint-config-next/core-web-vitals';
import drizzle from 'eslint-plugin-drizzle';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.data/**',
      'db/migrations/**',
      'public/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'storage/**',
    ],
  },
  ...nextVitals,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { drizzle },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Async handlers on JSX attributes are fine: React ignores the returned promise.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      // Server actions must be async even when their body awaits nothing (as create-t3-app does).
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      // WEB-1: user content is never injected as HTML.
      'react/no-danger': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='sql'][callee.property.name='raw']",
          message: 'sql.raw is banned (WEB-6).',
        },
      ],
      // One way to draw icons and to link (DECISIONS 2026-12-03).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lucide-react', message: 'Use @/components/ui/icons (plain SVG).' },
            {
              name: 'next/link',
              message: 'Use { Link } from @/components/ui/link (intent prefetch).',
            },
          ],
        },
      ],
    },
  },
  {
    // The bare Next app that bench:lighthouse measures as the framework's floor uses Next's own Link.
    files: ['scripts/lighthouse-floor/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Test assertions are built from `expect.*` matchers and parsed JSON, which are `any` by design.
    files: ['**/*.test.ts', 'tests/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // WEB-1 allow-list: JSON-LD data blocks, escaped by serializeJsonLd (lib/seo/course-json-ld.ts).
    files: ['components/seo/json-ld.tsx'],
    rules: { 'react/no-danger': 'off' },
  },
);
