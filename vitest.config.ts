import path from 'node:path';

import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const alias = {
  '@': import.meta.dirname,
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty.ts'),
};

/** Against a real database: each run creates its own (tests/support/integration-global.ts). */
const integration: TestProjectInlineConfiguration['test'] = {
  // next-auth imports `next/server` without an extension; inlining lets Vite resolve it.
  server: { deps: { inline: ['next-auth'] } },
  environment: 'node',
  globalSetup: ['tests/support/integration-global.ts'],
  fileParallelism: false,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};
const integrationSetup = ['tests/support/unit-env.ts', 'tests/support/integration-setup.ts'];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'components/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'tests/*.test.ts',
            'i18n/**/*.test.ts',
          ],
          environment: 'node',
          setupFiles: ['tests/support/unit-env.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          ...integration,
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: integrationSetup,
        },
      },
      {
        resolve: { alias },
        test: {
          ...integration,
          // The tus upload tests again, with S3_* pointing at a local s3rver (tests/support/s3-env.ts).
          name: 'integration-s3',
          include: ['tests/integration/media/upload-*.test.ts'],
          setupFiles: [...integrationSetup, 'tests/support/s3-env.ts'],
        },
      },
    ],
  },
});
