import { Card } from '@/components/ui/card';
import { cn } from '@/lib/utils';

/** KPI cards as one description list: each label (dt) names its figure (dd) for screen readers. */
export function KpiGrid({
  className,
  children,
}: {
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <dl className={cn('grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4', className)}>{children}</dl>
  );
}

export function KpiCard({
  label,
  value,
  hint,
  icon,
  testId,
}: {
  label: string;
  value: React.ReactNode;
  hint?: React.ReactNode;
  icon?: React.ReactNode;
  testId?: string;
}) {
  return (
    <Card className="flex min-w-0 flex-col gap-2 p-4 sm:p-5" data-testid={testId}>
      <dt className="text-muted-foreground flex items-center justify-between gap-2 text-sm font-medium">
        <span>{label}</span>
        {icon ? (
          <span aria-hidden className="text-muted-foreground [&_svg]:size-4">
            {icon}
          </span>
        ) : null}
      </dt>
      <dd className="text-xl font-semibold tracking-tight break-words tabular-nums sm:text-2xl">
        {value}
      </dd>
      {hint ? <dd className="text-muted-foreground text-xs">{hint}</dd> : null}
    </Card>
  );
}
