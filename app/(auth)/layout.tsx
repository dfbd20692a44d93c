import { getTranslations } from 'next-intl/server';
import { AllMessages } from '@/components/i18n/all-messages';
import { Link } from '@/components/ui/link';

/** Sign-in, sign-up and token pages: a quiet centred frame without the store navigation. */
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations('Common');
  return (
    <AllMessages>
      <main
        id="main"
        className="bg-muted/40 flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10"
      >
        <Link
          href="/"
          className="focus-visible:outline-ring text-2xl font-semibold tracking-tight focus-visible:outline-2"
        >
          {t('appName')}
        </Link>
        <div className="w-full max-w-md">{children}</div>
      </main>
    </AllMessages>
  );
}
