'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { setUserRoleAction } from '@/lib/actions/admin/set-user-role';
import { suspendUserAction } from '@/lib/actions/admin/suspend-user';
import { unsuspendUserAction } from '@/lib/actions/admin/unsuspend-user';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

type Row = {
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

function RoleForm({ row }: { row: Row }) {
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

function StatusForm({ row }: { row: Row }) {
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

/** The table of users; each row's forms post to admin actions that re-check the role (ACCESS-4). */
export function UsersTable({
  rows,
  selfId,
}: {
  rows: (Row & { createdAt: string; lastLoginAt: string | null })[];
  selfId: string;
}) {
  const t = useTranslations('Admin.Users');
  return (
    <div className="overflow-x-auto rounded-md border">
      <table className="w-full text-left text-sm">
        <thead className="bg-muted/60 text-xs uppercase">
          <tr>
            <th scope="col" className="p-3">
              {t('colName')}
            </th>
            <th scope="col" className="p-3">
              {t('colEmail')}
            </th>
            <th scope="col" className="p-3">
              {t('colRole')}
            </th>
            <th scope="col" className="p-3">
              {t('colStatus')}
            </th>
            <th scope="col" className="p-3">
              {t('colTwoFactor')}
            </th>
            <th scope="col" className="p-3">
              {t('colActions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className="border-t align-top"
              data-testid={`user-row-${row.email ?? row.id}`}
            >
              <td className="p-3 font-medium">{row.name}</td>
              <td className="p-3 break-all">{row.email ?? '—'}</td>
              <td className="p-3">
                <Badge variant="secondary">{t(`roles.${row.role}`)}</Badge>
              </td>
              <td className="p-3">
                <Badge variant={row.status === 'active' ? 'outline' : 'destructive'}>
                  {t(`statuses.${row.status}`)}
                </Badge>
              </td>
              <td className="p-3">{row.twoFactor ? t('twoFactorOn') : t('twoFactorOff')}</td>
              <td className="p-3">
                {row.id === selfId ? (
                  <span className="text-muted-foreground">{t('you')}</span>
                ) : (
                  <div className="grid min-w-56 gap-4 md:grid-cols-2">
                    <RoleForm row={row} />
                    <StatusForm row={row} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
