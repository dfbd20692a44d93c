import * as React from 'react';

import { cva, type VariantProps } from 'class-variance-authority';

import { cn } from '@/lib/utils';

const alertVariants = cva('relative grid gap-1 rounded-md border p-4 text-sm [&_svg]:size-4', {
  variants: {
    variant: {
      default: 'bg-background text-foreground',
      info: 'border-primary/40 bg-primary/5 text-foreground',
      destructive: 'border-destructive/50 text-destructive',
      success: 'border-success/50 text-success',
    },
  },
  defaultVariants: { variant: 'default' },
});

/** role="alert" so screen readers announce it when it appears (form errors, failures). */
export function Alert({
  className,
  variant,
  role = 'alert',
  ...props
}: React.ComponentProps<'div'> & VariantProps<typeof alertVariants>) {
  return (
    <div
      data-slot="alert"
      role={role}
      className={cn(alertVariants({ variant }), className)}
      {...props}
    />
  );
}

export function AlertTitle({ className, ...props }: React.ComponentProps<'p'>) {
  return <p className={cn('font-semibold', className)} {...props} />;
}

export function AlertDescription({ className, ...props }: React.ComponentProps<'div'>) {
  return <div className={cn('text-sm opacity-90', className)} {...props} />;
}
