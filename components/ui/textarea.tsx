import * as React from 'react';

import { cn } from '@/lib/utils';

import { controlClass } from './input';

export function Textarea({ className, rows = 4, ...props }: React.ComponentProps<'textarea'>) {
  return (
    <textarea
      rows={rows}
      data-slot="textarea"
      className={cn(controlClass, 'py-2', className)}
      {...props}
    />
  );
}
