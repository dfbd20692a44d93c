import { BookOpen, LayoutDashboard } from 'lucide-react';
import { getTranslations } from 'next-intl/server';

import { DashboardShell } from '@/components/dashboard/dashboard-shell';
import { requirePageRole } from '@/lib/auth/guards';

/** Chooses the studio frame for creators; the DAL checks the role again on every read (ACCESS-4). */
export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePageRole('creator', '/studio');
  const t = await getTranslations('Studio.Nav');
  const tc = await getTranslations('Common');
  const items = [
    { href: '/studio', label: t('dashboard'), icon: <LayoutDashboard aria-hidden />, exact: true },
    { href: '/studio/courses', label: t('courses'), icon: <BookOpen aria-hidden /> },
  ];
  return (
    <DashboardShell
      items={items}
      viewer={viewer}
      homeHref="/studio"
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
