import { Link } from '@/components/ui/link';
import { cn } from '@/lib/utils';

/** Views of one admin page as links (bookmarkable, no JavaScript); the current one is marked. */
export function ViewTabs({
  label,
  tabs,
}: {
  label: string;
  tabs: { href: string; label: string; current: boolean }[];
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.current ? 'page' : undefined}
          className={cn(
            'rounded-md px-3 py-1.5 text-sm font-medium',
            tab.current ? 'bg-primary text-primary-foreground' : 'hover:bg-muted',
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
