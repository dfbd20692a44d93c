import * as React from 'react';

import { clsx } from 'clsx';

/** Native semantics via role="progressbar"; `label` is the accessible name (e.g. "Course progress"). */
export function Progress({
  value,
  label,
  className,
}: {
  value: number;
  label: string;
  className?: string;
}) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      className={clsx('progress', className)}
    >
      <div
        className="bg-primary h-full rounded-full transition-[width]"
        style={{ width: `${clamped}%` }}
      />
    </div>
  );
}
