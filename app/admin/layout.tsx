import { LayoutDashboard, Users } from 'lucide-react';
import { getTranslations } from 'next-intl/server';

import { DashboardShell } from '@/components/dashboard/dashboard-shell';
import { requirePageRole } from '@/lib/auth/guards';

/** Chooses the admin frame; every admin read and action checks the role again itself (ACCESS-4). */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePageRole('admin', '/admin');
  const t = await getTranslations('Admin.Nav');
  const tc = await getTranslations('Common');
  const items = [
    { href: '/admin', label: t('overview'), icon: <LayoutDashboard aria-hidden />, exact: true },
    { href: '/admin/users', label: t('users'), icon: <Users aria-hidden /> },
  ];
  return (
    <DashboardShell
      items={items}
      viewer={viewer}
      homeHref="/admin"
      labels={{
        appName: tc('appName'),
        area: t('area'),
        navTitle: t('title'),
        openMenu: t('openMenu'),
        close: t('close'),
        backToSite: t('backToSite'),
      }}
    >
      {children}
    </DashboardShell>
  );
}
