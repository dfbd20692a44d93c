'use client';

import { usePathname } from 'next/navigation';

import { Link } from '@/components/ui/link';
import { cn } from '@/lib/utils';

export type DashboardNavItem = {
  href: string;
  label: string;
  icon: React.ReactNode;
  exact?: boolean;
};

/** Section links; the current one gets aria-current so it is announced and styled without JavaScript state. */
export function NavLinks({
  items,
  onNavigate,
  className,
}: {
  items: DashboardNavItem[];
  onNavigate?: () => void;
  className?: string;
}) {
  const pathname = usePathname();
  return (
    <ul className={cn('grid gap-1', className)}>
      {items.map((item) => {
        const active = item.exact
          ? pathname === item.href
          : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-ring flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors focus-visible:outline-2 [&_svg]:size-4 [&_svg]:shrink-0',
                active && 'bg-muted text-foreground',
              )}
            >
              {item.icon}
              <span>{item.label}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
