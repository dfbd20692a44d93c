'use client';

import { usePathname } from 'next/navigation';

import { Link } from '@/components/ui/link';
import { cn } from '@/lib/utils';

/** Section links; the current one is marked with aria-current for assistive technology. */
export function AccountNav({
  items,
  label,
}: {
  items: { href: string; label: string }[];
  label: string;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {items.map((item) => {
          const active =
            item.href === '/account' ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'hover:bg-muted focus-visible:outline-ring block rounded-md px-3 py-2 text-sm whitespace-nowrap focus-visible:outline-2',
                  active && 'bg-muted font-medium',
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
