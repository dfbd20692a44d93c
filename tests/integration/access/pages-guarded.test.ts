import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next-intl/server', () => {
  const t = Object.assign((key: string) => key, {
    has: () => true,
    rich: (key: string) => key,
    markup: (key: string) => key,
    raw: (key: string) => key,
  });
  return {
    getTranslations: async () => t,
    getLocale: async () => 'en',
    getFormatter: async () => ({ dateTime: () => '', number: () => '', relativeTime: () => '' }),
    getNow: async () => new Date(),
    getMessages: async () => ({}),
  };
});

import { listModules } from '@/tests/support/action-modules';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import { replaceCookies, resetRequest } from '@/tests/support/next-headers';

type Loader = (props: Record<string, unknown>) => Promise<unknown>;

const files = [...listModules('app/admin'), ...listModules('app/studio')].filter((f) =>
  /\/(page|layout)\.tsx$/.test(f),
);

const props = {
  params: Promise.resolve({
    courseId: 'AAAAAAAAAAAAAAAAAAAAAA',
    userId: 'AAAAAAAAAAAAAAAAAAAAAA',
    slug: 'x',
    id: 'x',
  }),
  searchParams: Promise.resolve({}),
  children: null,
};

/** Calls a page or layout the way Next would and reports where it sent the visitor. */
async function outcome(file: string): Promise<string> {
  const mod = (await import(/* @vite-ignore */ `@/${file}`)) as { default: Loader };
  try {
    await mod.default(props);
    return 'rendered';
  } catch (err) {
    const raw = (err as { digest?: unknown } | null)?.digest;
    const digest = typeof raw === 'string' ? raw : '';
    if (digest.startsWith('NEXT_REDIRECT'))
      return `redirect:${new URL(digest.split(';')[2]!, 'http://x').pathname}`;
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404')) return 'not-found';
    throw err;
  }
}

beforeEach(() => resetRequest());

describe('studio and admin page loaders', () => {
  it('covers every studio and admin page and layout', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'app/admin/layout.tsx',
        'app/admin/users/page.tsx',
        'app/admin/users/[userId]/page.tsx',
        'app/admin/analytics/page.tsx',
        'app/studio/layout.tsx',
        'app/studio/courses/[courseId]/page.tsx',
      ]),
    );
  });

  it.each(files)(
    'NEXT-1: %s sends an anonymous visitor to sign-in by itself (no proxy involved)',
    async (file) => {
      expect(await outcome(file)).toBe('redirect:/sign-in');
    },
  );

  it.each(files)('ACCESS-4: %s refuses a learner', async (file) => {
    const learner = await createTestUser();
    replaceCookies([
      {
        name: SESSION_COOKIE,
        value: await sessionToken(learner.id, await sessionVersionOf(learner.id)),
      },
    ]);
    expect(await outcome(file)).toBe('redirect:/forbidden');
  });

  it.each(files.filter((f) => f.startsWith('app/admin')))(
    'ACCESS-4: %s refuses a creator',
    async (file) => {
      const creator = await createTestUser({ role: 'creator' });
      replaceCookies([
        {
          name: SESSION_COOKIE,
          value: await sessionToken(creator.id, await sessionVersionOf(creator.id)),
        },
      ]);
      expect(await outcome(file)).toBe('redirect:/forbidden');
    },
  );
});
