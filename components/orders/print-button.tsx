'use client';

import { Button } from '@/components/ui/button';
import { Printer } from '@/components/ui/icons';

/** Opens the browser's print dialog; the receipt has its own print stylesheet. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="outline" onClick={() => window.print()} className="print:hidden">
      <Printer aria-hidden />
      {label}
    </Button>
  );
}
