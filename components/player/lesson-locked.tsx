import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Lock } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';

/**
 * What a visitor without access sees instead of a paid lesson: a clear lock and the way in
 * (sign in, or the course page where they enrol or buy). No lesson content is rendered.
 */
export function LessonLocked({
  courseSlug,
  signedIn,
  returnTo,
}: {
  courseSlug: string;
  signedIn: boolean;
  returnTo: string;
}) {
  const t = useTranslations('Learn.locked');
  return (
    <div className="bg-muted/40 grid place-items-center gap-4 rounded-lg border px-6 py-12 text-center">
      <Lock aria-hidden className="text-muted-foreground size-10" />
      <h2 className="text-xl font-semibold">{t('title')}</h2>
      <p className="text-muted-foreground max-w-md text-sm">{t('body')}</p>
      <div className="flex flex-wrap justify-center gap-2">
        <Button asChild>
          <Link href={`/courses/${courseSlug}`}>{t('cta')}</Link>
        </Button>
        {signedIn ? null : (
          <Button asChild variant="outline">
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`}>{t('signIn')}</Link>
          </Button>
        )}
      </div>
    </div>
  );
}
