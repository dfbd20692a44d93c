'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { forcePasswordResetAction } from '@/lib/actions/admin/force-password-reset';
import { setUserRoleAction } from '@/lib/actions/admin/set-user-role';
import { suspendUserAction } from '@/lib/actions/admin/suspend-user';
import { unsuspendUserAction } from '@/lib/actions/admin/unsuspend-user';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

export type UserActionRow = {
  id: string;
  name: string;
  email: string | null;
  role: 'learner' | 'creator' | 'admin';
  status: 'active' | 'suspended' | 'deleted';
  twoFactor: boolean;
};

function Result({ state }: { state: ActionState<unknown> }) {
  const msg = useMessage();
  if (state.ok === true && state.message)
    return (
      <Alert variant="success" role="status">
        {msg(state.message)}
      </Alert>
    );
  if (state.ok === false) {
    const fields = Object.values(state.fieldErrors ?? {})
      .flat()
      .map((k) => msg(k));
    const text = [
      state.formError ? msg(state.formError, { seconds: state.retryAfter ?? 0 }) : null,
      ...fields,
    ]
      .filter(Boolean)
      .join(' ');
    return text ? <Alert variant="destructive">{text}</Alert> : null;
  }
  return null;
}

/** Role grant with the admin's password again (AUTH-8). */
export function RoleForm({ row }: { row: UserActionRow }) {
  const t = useTranslations('Admin.Users');
  const [state, action, pending] = useActionState(setUserRoleAction, initialActionState);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="userId" value={row.id} />
      <label className="grid gap-1 text-xs">
        {t('newRole')}
        <Select name="role" defaultValue={row.role} aria-label={`${t('newRole')}: ${row.name}`}>
          {(['learner', 'creator', 'admin'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </Select>
      </label>
      <label className="grid gap-1 text-xs">
        {t('yourPassword')}
        <Input name="currentPassword" type="password" autoComplete="current-password" />
      </label>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {t('applyRole')}
      </Button>
      <Result state={state} />
    </form>
  );
}

/** Suspend or restore, with a reason for the audit log. */
export function StatusForm({ row }: { row: UserActionRow }) {
  const t = useTranslations('Admin.Users');
  const suspended = row.status === 'suspended';
  const [state, action, pending] = useActionState(
    suspended ? unsuspendUserAction : suspendUserAction,
    initialActionState,
  );
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="userId" value={row.id} />
      <label className="grid gap-1 text-xs">
        {suspended ? t('reasonOptional') : t('suspendReason')}
        <Input name="reason" maxLength={1000} />
      </label>
      <Button
        type="submit"
        size="sm"
        variant={suspended ? 'outline' : 'destructive'}
        disabled={pending}
      >
        {suspended ? t('unsuspend') : t('suspend')}
      </Button>
      <Result state={state} />
    </form>
  );
}

/** Ends the user's sessions and mails them a reset link; they cannot sign in with the old password. */
export function ForceResetForm({ row }: { row: UserActionRow }) {
  const t = useTranslations('AdminUserDetail');
  const [state, action, pending] = useActionState(forcePasswordResetAction, initialActionState);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="userId" value={row.id} />
      <label className="grid gap-1 text-xs">
        {t('resetReason')}
        <Input name="reason" maxLength={1000} />
      </label>
      <Button type="submit" size="sm" variant="destructive" disabled={pending}>
        {t('forceReset')}
      </Button>
      <Result state={state} />
    </form>
  );
}
