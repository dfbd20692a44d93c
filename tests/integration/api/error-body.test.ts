import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { route } from '@/lib/api/route';
import { AppError } from '@/lib/errors';
import { resetRequest, setCookie, setRequestHeader } from '@/tests/support/next-headers';

const ctx = { params: Promise.resolve({}) };
const get = (handler: ReturnType<typeof route>, qs = '') =>
  handler(new NextRequest(`http://localhost:3000/api/x${qs}`), ctx);

async function errorOf(res: Response) {
  return ((await res.json()) as { error: Record<string, unknown> }).error;
}

beforeEach(() => resetRequest());

describe('route error bodies', () => {
  const notFound = route({ guard: 'public' }, async () => {
    throw new AppError('NOT_FOUND', 'Errors.notFound');
  });

  it('carries the key and its English text by default', async () => {
    const res = await get(notFound);
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toEqual({
      code: 'NOT_FOUND',
      key: 'Errors.notFound',
      message: 'We could not find that.',
    });
  });

  it('speaks the language of Accept-Language, and the locale cookie wins over it', async () => {
    setRequestHeader('accept-language', 'zh-CN,zh;q=0.9');
    expect(await errorOf(await get(notFound))).toMatchObject({ message: '找不到该内容。' });
    setCookie('NEXT_LOCALE', 'en');
    expect(await errorOf(await get(notFound))).toMatchObject({
      message: 'We could not find that.',
    });
  });

  it('answers a bad query with 400, a key and each refused parameter, never a 500', async () => {
    const strict = route(
      { guard: 'public', query: z.strictObject({ n: z.coerce.number().int() }) },
      async () => Response.json({}),
    );
    const res = await get(strict, '?n=x&user=1');
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', key: 'Errors.invalidQuery' });
    expect(error.message).toMatch(/not valid/);
    expect(Object.keys(error.fields as object).sort()).toEqual(['n', 'query']);
  });

  it('hides an unexpected failure behind Errors.generic with status 500', async () => {
    const broken = route({ guard: 'public' }, async () => {
      throw new Error('ECONNREFUSED 10.0.0.5:3306 select * from users');
    });
    const res = await get(broken);
    expect(res.status).toBe(500);
    const body = JSON.stringify(await errorOf(res));
    expect(body).toContain('Errors.generic');
    expect(body).not.toContain('ECONNREFUSED');
  });
});
