import Link from 'next/link';

import { NavLinks, type DashboardNavItem } from './nav-links';
import { MobileNav } from './mobile-nav';

export type DashboardShellLabels = {
  appName: string;
  area: string;
  navTitle: string;
  openMenu: string;
  close: string;
  skipToContent: string;
  backToSite: string;
};

/**
 * The frame of the studio and the admin panel: a top bar, a sidebar from md up, and the same links in
 * a sheet on phones. Role checks happen in the layout and again in the DAL, never here.
 */
export function DashboardShell({
  items,
  labels,
  homeHref,
  accountSlot,
  children,
}: {
  items: DashboardNavItem[];
  labels: DashboardShellLabels;
  homeHref: string;
  accountSlot?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="bg-background min-h-dvh">
      <a
        href="#dashboard-main"
        className="focus:bg-background sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:px-3 focus:py-2 focus:shadow"
      >
        {labels.skipToContent}
      </a>
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
          <div className="ml-auto flex items-center gap-2">
            <Link
              href="/"
              className="text-muted-foreground hover:text-foreground focus-visible:outline-ring rounded-md px-2 py-1 text-sm focus-visible:outline-2"
            >
              {labels.backToSite}
            </Link>
            {accountSlot}
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl">
        <aside className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-56 shrink-0 border-r p-4 md:block">
          <nav aria-label={labels.navTitle}>
            <NavLinks items={items} />
          </nav>
        </aside>
        <main
          id="dashboard-main"
          tabIndex={-1}
          className="min-w-0 flex-1 px-4 py-6 focus:outline-none md:px-8 md:py-8"
        >
          {children}
        </main>
      </div>
    </div>
  );
}
