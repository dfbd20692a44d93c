import * as React from 'react';

import { clsx } from 'clsx';

import { ChevronDown } from '@/components/ui/icons';

/** A styled native <select>: it works in forms without JavaScript and with every screen reader. */
export function Select({ className, children, ...props }: React.ComponentProps<'select'>) {
  return (
    <div className="relative">
      <select data-slot="select" className={clsx('control control-select', className)} {...props}>
        {children}
      </select>
      <ChevronDown
        aria-hidden
        className="text-muted-foreground pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2"
      />
    </div>
  );
}
