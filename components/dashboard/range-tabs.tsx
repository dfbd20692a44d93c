import { Link } from '@/components/ui/link';
import { RANGE_DAYS, type RangeDays } from '@/lib/date-series';
import { cn } from '@/lib/utils';

/** 30/90-day switch as plain links (?range=), so it works without JavaScript and can be bookmarked. */
export function RangeTabs({
  basePath,
  current,
  label,
  optionLabel,
}: {
  basePath: string;
  current: RangeDays;
  label: string;
  optionLabel: (days: RangeDays) => string;
}) {
  return (
    <nav aria-label={label} className="bg-muted inline-flex h-9 items-center gap-1 rounded-md p-1">
      {RANGE_DAYS.map((days) => (
        <Link
          key={days}
          href={days === 30 ? basePath : `${basePath}?range=${days}`}
          aria-current={days === current ? 'page' : undefined}
          scroll={false}
          className={cn(
            'text-muted-foreground focus-visible:outline-ring rounded-sm px-3 py-1 text-sm font-medium whitespace-nowrap focus-visible:outline-2',
            days === current && 'bg-background text-foreground shadow-sm',
          )}
        >
          {optionLabel(days)}
        </Link>
      ))}
    </nav>
  );
}
