import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import enMessages from '@/messages/en/Validation.json';
import zhMessages from '@/messages/zh-CN/Validation.json';
import { becomeCreatorAction } from '@/lib/actions/account/become-creator';
import { changeEmailAction } from '@/lib/actions/account/change-email';
import { changePasswordAction } from '@/lib/actions/account/change-password';
import { deleteAccountAction } from '@/lib/actions/account/delete-account';
import { disableTwoFactorAction } from '@/lib/actions/account/disable-two-factor';
import { enableTwoFactorAction } from '@/lib/actions/account/enable-two-factor';
import { regenerateRecoveryCodesAction } from '@/lib/actions/account/regenerate-recovery-codes';
import { updateProfileAction } from '@/lib/actions/account/update-profile';
import { setUserRoleAction } from '@/lib/actions/admin/set-user-role';
import { suspendUserAction } from '@/lib/actions/admin/suspend-user';
import { forgotPasswordAction } from '@/lib/actions/auth/forgot-password';
import { resetPasswordAction } from '@/lib/actions/auth/reset-password';
import { signInAction } from '@/lib/actions/auth/sign-in';
import { signUpAction } from '@/lib/actions/auth/sign-up';
import { verifyEmailAction } from '@/lib/actions/auth/verify-email';
import { verifyTwoFactorAction } from '@/lib/actions/auth/verify-two-factor';
import { updateCourseDetailsAction } from '@/lib/actions/studio/update-course-details';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import { makeCourse } from '@/tests/support/dashboard-fixtures';
import { replaceCookies, resetRequest, setClientIp } from '@/tests/support/next-headers';

type Form = {
  name: string;
  action: (prev: never, input: unknown) => Promise<unknown>;
  as: 'learner' | 'creator' | 'admin' | null;
  required: string[];
  email?: string;
  newPassword?: string;
};

const FORMS: Form[] = [
  {
    name: 'sign-up',
    action: signUpAction,
    as: null,
    required: ['name', 'email', 'password'],
    email: 'email',
    newPassword: 'password',
  },
  {
    name: 'sign-in',
    action: signInAction,
    as: null,
    required: ['email', 'password'],
    email: 'email',
  },
  {
    name: 'forgot password',
    action: forgotPasswordAction,
    as: null,
    required: ['email'],
    email: 'email',
  },
  {
    name: 'reset password',
    action: resetPasswordAction,
    as: null,
    required: ['token', 'password'],
    newPassword: 'password',
  },
  { name: 'verify email', action: verifyEmailAction, as: null, required: ['token'] },
  { name: 'two-factor code', action: verifyTwoFactorAction, as: null, required: ['code'] },
  { name: 'profile', action: updateProfileAction, as: 'learner', required: ['name'] },
  {
    name: 'change password',
    action: changePasswordAction,
    as: 'learner',
    required: ['currentPassword', 'newPassword'],
    newPassword: 'newPassword',
  },
  {
    name: 'change email',
    action: changeEmailAction,
    as: 'learner',
    required: ['currentPassword', 'newEmail'],
    email: 'newEmail',
  },
  {
    name: 'delete account',
    action: deleteAccountAction,
    as: 'learner',
    required: ['currentPassword', 'confirm'],
  },
  {
    name: 'become creator',
    action: becomeCreatorAction,
    as: 'learner',
    required: ['displayName', 'payoutCountry'],
  },
  {
    name: 'enable two-factor',
    action: enableTwoFactorAction,
    as: 'learner',
    required: ['code', 'currentPassword'],
  },
  {
    name: 'disable two-factor',
    action: disableTwoFactorAction,
    as: 'learner',
    required: ['currentPassword', 'code'],
  },
  {
    name: 'recovery codes',
    action: regenerateRecoveryCodesAction,
    as: 'learner',
    required: ['currentPassword'],
  },
  {
    name: 'admin role',
    action: setUserRoleAction,
    as: 'admin',
    required: ['userId', 'role', 'currentPassword'],
  },
  {
    name: 'admin suspend',
    action: suspendUserAction,
    as: 'admin',
    required: ['userId', 'reason'],
  },
  {
    name: 'course details',
    action: updateCourseDetailsAction,
    as: 'creator',
    required: ['courseId', 'title', 'description', 'level', 'language'],
  },
];

const KNOWN = new Set(Object.keys(enMessages).map((k) => `Validation.${k}`));

async function as(role: Form['as']) {
  resetRequest();
  setClientIp(`100.80.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
  if (!role) return;
  const user = await createTestUser({ role });
  replaceCookies([
    { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
  ]);
}

type Failed = { ok: false; code: string; fieldErrors?: Record<string, string[]> };

async function submit(form: Form, input: Record<string, unknown>): Promise<Failed> {
  await as(form.as);
  const out = await runAction(form.action as never, input);
  expect(out.redirect).toBeUndefined();
  const state = out.state as Failed;
  expect(state).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  for (const messages of Object.values(state.fieldErrors ?? {})) {
    for (const key of messages) expect(KNOWN, `unknown message key ${key}`).toContain(key);
  }
  return state;
}

const fill = (fields: string[], value: unknown) =>
  Object.fromEntries(fields.map((f) => [f, value]));

beforeEach(() => resetRequest());

describe('bad input on every form gets field-level messages, never a 500', () => {
  it('the en and zh-CN validation catalogues have the same keys', () => {
    expect(Object.keys(zhMessages).sort()).toEqual(Object.keys(enMessages).sort());
  });

  it.each(FORMS.map((f) => [f.name, f] as const))('NEXT-2: %s: empty fields', async (_n, form) => {
    const state = await submit(form, fill(form.required, ''));
    for (const field of form.required)
      expect(state.fieldErrors?.[field]?.length, field).toBeGreaterThan(0);
  });

  it.each(FORMS.map((f) => [f.name, f] as const))('NEXT-2: %s: 10 kB strings', async (_n, form) => {
    const state = await submit(form, fill(form.required, '字a'.repeat(5 * 1024)));
    expect(Object.keys(state.fieldErrors ?? {}).length).toBeGreaterThan(0);
  });

  it.each(FORMS.map((f) => [f.name, f] as const))('NEXT-2: %s: wrong types', async (_n, form) => {
    const state = await submit(form, fill(form.required, { nested: ['x', 1] }));
    for (const field of form.required)
      expect(state.fieldErrors?.[field]?.length, field).toBeGreaterThan(0);
  });

  it.each(FORMS.filter((f) => f.email).map((f) => [f.name, f] as const))(
    '%s: invalid email',
    async (_n, form) => {
      const state = await submit(form, {
        ...fill(form.required, 'ok value'),
        [form.email!]: 'not-an-email@',
      });
      expect(state.fieldErrors?.[form.email!]).toContain('Validation.emailInvalid');
    },
  );

  it.each(FORMS.filter((f) => f.newPassword).map((f) => [f.name, f] as const))(
    '%s: weak passwords',
    async (_n, form) => {
      for (const [weak, key] of [
        ['short', 'Validation.passwordTooShort'],
        ['Password123', 'Validation.passwordTooCommon'],
        ['1234567890', 'Validation.passwordTooCommon'],
        ['aaaaaaaaaaaa', 'Validation.passwordTooCommon'],
      ] as const) {
        const state = await submit(form, {
          ...fill(form.required, 'ok value'),
          [form.newPassword!]: weak,
        });
        expect(state.fieldErrors?.[form.newPassword!], weak).toContain(key);
      }
    },
  );

  it('unicode text is accepted where people type names and titles; control characters are not', async () => {
    await as(null);
    const signedUp = await runAction(signUpAction, {
      name: '张伟 🎓 Zoë',
      email: `uni-${Date.now()}@test.local`,
      password: '学而时习之，不亦说乎',
    });
    expect(signedUp.state).toMatchObject({ ok: true });
    await as('learner');
    expect((await runAction(updateProfileAction, { name: 'Łukasz 李雷 ✨' })).state).toMatchObject({
      ok: true,
    });
    expect((await runAction(updateProfileAction, { name: 'bad\u0000name' })).state).toMatchObject({
      ok: false,
      fieldErrors: { name: ['Validation.invalidCharacters'] },
    });
    const creator = await createTestUser({ role: 'creator' });
    replaceCookies([
      {
        name: SESSION_COOKIE,
        value: await sessionToken(creator.id, await sessionVersionOf(creator.id)),
      },
    ]);
    const courseId = await makeCourse(creator.id);
    const saved = await runAction(updateCourseDetailsAction, {
      courseId,
      title: 'Go 语言并发编程 🚀',
      subtitle: '从入门到实践',
      description: '## 目录',
      level: 'beginner',
      language: 'zh',
    });
    expect(saved.state).toMatchObject({ ok: true });
  });
});
