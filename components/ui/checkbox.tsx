import * as React from 'react';

import { clsx } from 'clsx';

/** Native checkbox (submits with the form without JavaScript), themed with accent-color. */
export function Checkbox({ className, ...props }: Omit<React.ComponentProps<'input'>, 'type'>) {
  return (
    <input
      type="checkbox"
      data-slot="checkbox"
      className={clsx('checkbox peer', className)}
      {...props}
    />
  );
}
