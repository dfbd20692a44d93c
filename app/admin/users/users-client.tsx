'use client';

import { useTranslations } from 'next-intl';

import { RoleForm, StatusForm, type UserActionRow } from '@/components/admin/user-actions';
import { Badge } from '@/components/ui/badge';
import { Link } from '@/components/ui/link';

type Row = UserActionRow;

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
              <td className="p-3 font-medium">
                <Link href={`/admin/users/${row.id}`} className="underline">
                  {row.name}
                </Link>
              </td>
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
