import * as React from 'react';

import { clsx } from 'clsx';

/** `.control*` are in the components layer (app/globals.css): a caller's utilities override them. */
export function Input({ className, type = 'text', ...props }: React.ComponentProps<'input'>) {
  return (
    <input
      type={type}
      data-slot="input"
      className={clsx('control control-input', className)}
      {...props}
    />
  );
}
