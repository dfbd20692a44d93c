import * as React from 'react';

import { cva, type VariantProps } from 'class-variance-authority';
import { clsx } from 'clsx';

/** `.alert*` are in the components layer (app/globals.css): a caller's utilities override them. */
const alertVariants = cva('alert [&_svg]:size-4', {
  variants: {
    variant: {
      default: 'alert-default',
      info: 'alert-info',
      destructive: 'alert-destructive',
      success: 'alert-success',
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
      className={clsx(alertVariants({ variant }), className)}
      {...props}
    />
  );
}

export function AlertTitle({ className, ...props }: React.ComponentProps<'p'>) {
  return <p className={clsx('alert-title', className)} {...props} />;
}

export function AlertDescription({ className, ...props }: React.ComponentProps<'div'>) {
  return <div className={clsx('alert-description', className)} {...props} />;
}
