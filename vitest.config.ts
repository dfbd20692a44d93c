import path from 'node:path';

import { defineConfig } from 'vitest/config';

const alias = {
  '@': import.meta.dirname,
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty.ts'),
};

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
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // next-auth imports `next/server` without an extension; inlining lets Vite resolve it.
          server: { deps: { inline: ['next-auth'] } },
          environment: 'node',
          setupFiles: ['tests/support/unit-env.ts', 'tests/support/integration-setup.ts'],
          globalSetup: ['tests/support/integration-global.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
