import { getTranslations } from 'next-intl/server';

import { Link } from '@/components/ui/link';
import { methodOrder, type AuthMethod } from '@/lib/phone/auth-method';
import { cn } from '@/lib/utils';

/**
 * Email / phone switch as plain links (works without JavaScript), the current one marked with
 * aria-current; the order follows the locale so the usual method comes first.
 */
export async function PhoneMethodTabs({
  path,
  method,
  locale,
  callbackUrl,
  children,
}: {
  path: string;
  method: AuthMethod;
  locale: string;
  callbackUrl: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations('Phone.tabs');
  const order = methodOrder(locale);
  const href = (m: AuthMethod) => {
    const q = new URLSearchParams({ method: m });
    if (callbackUrl !== '/') q.set('callbackUrl', callbackUrl);
    return `${path}?${q.toString()}`;
  };
  return (
    <div className="grid gap-4">
      <nav aria-label={t('label')} className="bg-muted grid grid-cols-2 gap-1 rounded-md p-1">
        {order.map((m) => (
          <Link
            key={m}
            href={href(m)}
            aria-current={m === method ? 'page' : undefined}
            className={cn(
              'rounded px-3 py-2 text-center text-sm font-medium',
              m === method
                ? 'bg-background shadow-sm'
                : 'text-muted-foreground hover:text-foreground',
            )}
            data-testid={`method-${m}`}
          >
            {t(m)}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
