import { PageViewTracker } from '@/components/events/track-event';
import { ClosePopoversOnNavigate } from '@/components/layout/close-popovers';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';

export default function StorefrontLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter />
      <PageViewTracker />
      <ClosePopoversOnNavigate />
    </>
  );
}
