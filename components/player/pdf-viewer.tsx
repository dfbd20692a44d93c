import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Download } from '@/components/ui/icons';

/**
 * The browser's own PDF viewer in a same-origin frame of the media route (CSP frame-src 'self'),
 * plus a download. No pdf.js: nothing to ship to the client for a handout.
 */
export function PdfViewer({ src, title }: { src: string; title: string }) {
  const t = useTranslations('Learn');
  const sep = src.includes('?') ? '&' : '?';
  return (
    <div className="grid gap-3">
      <iframe
        src={src}
        title={t('pdfTitle', { title })}
        className="h-[70vh] w-full rounded-lg border bg-white"
      />
      <div>
        <Button asChild variant="outline">
          <a href={`${src}${sep}download=1`} download>
            <Download aria-hidden className="size-4" />
            {t('downloadPdf')}
          </a>
        </Button>
      </div>
    </div>
  );
}
