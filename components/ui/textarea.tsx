import * as React from 'react';

import { clsx } from 'clsx';

export function Textarea({ className, rows = 4, ...props }: React.ComponentProps<'textarea'>) {
  return (
    <textarea
      rows={rows}
      data-slot="textarea"
      className={clsx('control control-textarea', className)}
      {...props}
    />
  );
}
