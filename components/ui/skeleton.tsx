import * as React from 'react';

import { clsx } from 'clsx';

/** `.skeleton` is in the components layer (app/globals.css): a caller's utilities override it. */
export function Skeleton({ className, ...props }: React.ComponentProps<'div'>) {
  return (
    <div data-slot="skeleton" aria-hidden className={clsx('skeleton', className)} {...props} />
  );
}
