'use client';

import { useState } from 'react';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Check, Copy } from '@/components/ui/icons';

/** The shareable link, readable and selectable, with a copy button that says what happened. */
export function CouponCopyLink({ url, code }: { url: string; code: string }) {
  const t = useTranslations('StudioPricing.coupons');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }
  const id = `coupon-link-${code}`;
  return (
    <div className="grid gap-1">
      <div className="flex items-center gap-2">
        <input
          id={id}
          readOnly
          value={url}
          aria-label={t('link')}
          onFocus={(e) => e.currentTarget.select()}
          className="bg-muted w-full min-w-0 rounded border px-2 py-1 font-mono text-xs"
        />
        <Button type="button" size="sm" variant="outline" onClick={copy} aria-describedby={id}>
          {status === 'copied' ? <Check aria-hidden /> : <Copy aria-hidden />}
          {t('copy')}
        </Button>
      </div>
      <p role="status" className="text-muted-foreground text-xs">
        {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : null}
      </p>
    </div>
  );
}
