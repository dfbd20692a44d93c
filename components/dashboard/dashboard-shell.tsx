import { AccountMenu } from '@/components/layout/account-menu';
import { LocaleSwitch } from '@/components/layout/locale-switch';
import { ThemeToggle } from '@/components/layout/theme-toggle';
import { Link } from '@/components/ui/link';
import { hasRole, type Viewer } from '@/lib/auth/viewer';

import { MobileNav } from './mobile-nav';
import { NavLinks, type DashboardNavItem } from './nav-links';

export type DashboardShellLabels = {
  appName: string;
  area: string;
  navTitle: string;
  openMenu: string;
  close: string;
  backToSite: string;
};

/**
 * The frame of the studio and the admin panel: a top bar, a sidebar from md up, and the same links in
 * a sheet on phones. Role checks happen in the layout and again in the DAL, never here. The root
 * layout's skip link targets `#main`.
 */
export function DashboardShell({
  items,
  labels,
  homeHref,
  viewer,
  children,
}: {
  items: DashboardNavItem[];
  labels: DashboardShellLabels;
  homeHref: string;
  viewer: Viewer;
  children: React.ReactNode;
}) {
  const navViewer = {
    name: viewer.name,
    email: viewer.email,
    isCreator: hasRole(viewer, 'creator'),
    isAdmin: viewer.role === 'admin',
  };
  return (
    <div className="bg-background min-h-dvh w-full">
      <header className="bg-background/95 sticky top-0 z-40 border-b backdrop-blur">
        <div className="flex h-14 items-center gap-2 px-4 md:px-6">
          <MobileNav
            items={items}
            title={labels.navTitle}
            openLabel={labels.openMenu}
            closeLabel={labels.close}
          />
          <Link
            href={homeHref}
            className="focus-visible:outline-ring flex items-baseline gap-2 rounded-md font-semibold focus-visible:outline-2"
          >
            <span className="text-primary">{labels.appName}</span>
            <span className="text-muted-foreground text-sm">{labels.area}</span>
          </Link>
          <div className="ml-auto flex items-center gap-1">
            <Link
              href="/"
              className="text-muted-foreground hover:text-foreground focus-visible:outline-ring hidden rounded-md px-2 py-1 text-sm focus-visible:outline-2 sm:inline"
            >
              {labels.backToSite}
            </Link>
            <LocaleSwitch />
            <ThemeToggle />
            <AccountMenu viewer={navViewer} />
          </div>
        </div>
      </header>
      <div className="flex w-full">
        <aside className="hidden w-56 shrink-0 border-r md:block">
          <nav aria-label={labels.navTitle} className="sticky top-14 p-4">
            <NavLinks items={items} />
          </nav>
        </aside>
        <main
          id="main"
          tabIndex={-1}
          className="min-w-0 flex-1 px-4 py-6 focus:outline-none md:px-8 md:py-8"
        >
          <div className="mx-auto w-full max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
