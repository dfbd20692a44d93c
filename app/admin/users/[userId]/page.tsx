import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getFormatter, getTranslations } from 'next-intl/server';

import { ForceResetForm, RoleForm, StatusForm } from '@/components/admin/user-actions';
import { OrderStatusBadge } from '@/components/admin/order-status-badge';
import { Price } from '@/components/course/price';
import { Badge } from '@/components/ui/badge';
import { Link } from '@/components/ui/link';
import { requirePageRole } from '@/lib/auth/guards';
import { getUserDetailForAdmin } from '@/lib/data/admin-user-detail';
import { ID_PATTERN } from '@/lib/ids';

import { AuditSection, DetailTable, ReportsSection } from './sections';

type Props = { params: Promise<{ userId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminUserDetail'))('metaTitle') };
}

/** One account as support sees it, with the role, status and reset actions (ACCESS-4 in the DAL). */
export default async function AdminUserDetailPage({ params }: Props) {
  const { userId } = await params;
  const viewer = await requirePageRole('admin', `/admin/users/${userId}`);
  const user = ID_PATTERN.test(userId) ? await getUserDetailForAdmin(viewer, userId) : null;
  if (!user) notFound();
  const [t, tu, format] = await Promise.all([
    getTranslations('AdminUserDetail'),
    getTranslations('Admin.Users'),
    getFormatter(),
  ]);
  const { profile } = user;
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const row = { id: profile.id, name: profile.name, email: profile.email, role: profile.role };
  const actionRow = { ...row, status: profile.status, twoFactor: false };
  return (
    <div className="grid max-w-5xl gap-8">
      <header className="grid gap-1">
        <Link href="/admin/users" className="text-muted-foreground text-sm hover:underline">
          ← {t('back')}
        </Link>
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold">
          {profile.name}
          <Badge variant="secondary">{tu(`roles.${profile.role}`)}</Badge>
          <Badge variant={profile.status === 'active' ? 'outline' : 'destructive'}>
            {tu(`statuses.${profile.status}`)}
          </Badge>
          {profile.resetRequired ? <Badge variant="destructive">{t('resetPending')}</Badge> : null}
        </h1>
      </header>

      <section aria-labelledby="profile" className="grid gap-3 rounded-lg border p-5">
        <h2 id="profile" className="text-lg font-semibold">
          {t('profile')}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-muted-foreground">{t('id')}</dt>
          <dd className="font-mono text-xs break-all">{profile.id}</dd>
          <dt className="text-muted-foreground">{t('email')}</dt>
          <dd className="break-all">
            {profile.email ?? '—'}{' '}
            {profile.email ? (
              <span className="text-muted-foreground">
                ({profile.emailVerified ? t('verified') : t('unverified')})
              </span>
            ) : null}
          </dd>
          <dt className="text-muted-foreground">{t('phone')}</dt>
          <dd>{profile.phone ?? '—'}</dd>
          <dt className="text-muted-foreground">{t('locale')}</dt>
          <dd>{profile.locale}</dd>
          <dt className="text-muted-foreground">{t('joined')}</dt>
          <dd>{when(profile.createdAt)}</dd>
          <dt className="text-muted-foreground">{t('lastLogin')}</dt>
          <dd>{profile.lastLoginAt ? when(profile.lastLoginAt) : t('never')}</dd>
          <dt className="text-muted-foreground">{t('signInMethods')}</dt>
          <dd className="flex flex-wrap gap-2">
            {user.signInMethods.length === 0 ? t('noMethods') : null}
            {user.signInMethods.map((m) => (
              <Badge key={m} variant="outline">
                {m.startsWith('oauth:')
                  ? t('methodOauth', { provider: m.slice(6) })
                  : t(`methods.${m as 'password' | 'phone' | 'twoFactor'}`)}
              </Badge>
            ))}
          </dd>
        </dl>
      </section>

      {profile.id === viewer.id ? null : (
        <section aria-labelledby="actions" className="grid gap-4 rounded-lg border p-5">
          <h2 id="actions" className="text-lg font-semibold">
            {t('actions')}
          </h2>
          <div className="grid gap-6 md:grid-cols-3">
            <RoleForm row={actionRow} />
            <StatusForm row={actionRow} />
            {profile.email ? <ForceResetForm row={actionRow} /> : <p>{t('noEmail')}</p>}
          </div>
        </section>
      )}

      <DetailTable
        id="orders"
        title={t('orders')}
        empty={t('noOrders')}
        headers={[t('colOrder'), t('colCourse'), t('colTotal'), t('colStatus'), t('colDate')]}
        rows={user.orders.map((o) => ({
          key: o.id,
          cells: [
            <Link key="id" href={`/admin/orders/${o.id}`} className="font-mono text-xs underline">
              {o.id}
            </Link>,
            o.courseTitle,
            <Price key="total" money={o.total} />,
            <OrderStatusBadge key="status" status={o.status} />,
            when(o.createdAt),
          ],
        }))}
      />

      <DetailTable
        id="enrolments"
        title={t('enrolments')}
        empty={t('noEnrolments')}
        headers={[t('colCourse'), t('colStatus'), t('colProgress'), t('colLessons'), t('colDate')]}
        rows={user.enrolments.map((e) => ({
          key: e.courseId,
          cells: [
            e.courseTitle,
            t(`enrolmentStatuses.${e.status as 'active' | 'suspended' | 'revoked'}`),
            t('percent', { value: e.progressPercent }),
            e.lessonsCompleted,
            when(e.createdAt),
          ],
        }))}
      />

      <ReportsSection by={user.reportsBy} against={user.reportsAgainst} />
      <AuditSection userId={profile.id} rows={user.audit} />
    </div>
  );
}
