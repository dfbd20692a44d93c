import * as React from 'react';

import { cn } from '@/lib/utils';

/** Native checkbox (submits with the form without JavaScript), themed with accent-color. */
export function Checkbox({ className, ...props }: Omit<React.ComponentProps<'input'>, 'type'>) {
  return (
    <input
      type="checkbox"
      data-slot="checkbox"
      className={cn(
        'peer border-input accent-primary focus-visible:outline-ring size-4 shrink-0 rounded focus-visible:outline-2 focus-visible:outline-offset-2',
        className,
      )}
      {...props}
    />
  );
}
