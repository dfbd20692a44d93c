import * as React from 'react';

import { ChevronDown } from '@/components/ui/icons';
import { cn } from '@/lib/utils';

import { controlClass } from './input';

/** A styled native <select>: it works in forms without JavaScript and with every screen reader. */
export function Select({ className, children, ...props }: React.ComponentProps<'select'>) {
  return (
    <div className="relative">
      <select
        data-slot="select"
        className={cn(controlClass, 'h-10 appearance-none py-2 pr-9', className)}
        {...props}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden
        className="text-muted-foreground pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2"
      />
    </div>
  );
}
