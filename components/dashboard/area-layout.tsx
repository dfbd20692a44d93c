import { getTranslations } from 'next-intl/server';

import type { Viewer } from '@/lib/auth/viewer';

import { DashboardShell } from './dashboard-shell';
import type { DashboardNavItem } from './nav-links';

type AreaNavItem = Omit<DashboardNavItem, 'label'> & { labelKey: string };

/** The studio or admin frame, labelled from the area's `Nav` messages. The layout checks the role. */
export async function AreaLayout({
  area,
  viewer,
  homeHref,
  items,
  children,
}: {
  area: 'Admin' | 'Studio';
  viewer: Viewer;
  homeHref: string;
  items: AreaNavItem[];
  children: React.ReactNode;
}) {
  const t = await getTranslations(`${area}.Nav`);
  const tc = await getTranslations('Common');
  return (
    <DashboardShell
      items={items.map(({ labelKey, ...item }) => ({ ...item, label: t(labelKey) }))}
      viewer={viewer}
      homeHref={homeHref}
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
