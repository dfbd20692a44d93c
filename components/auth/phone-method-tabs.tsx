import Link from 'next/link';

import { getTranslations } from 'next-intl/server';

import { cn } from '@/lib/utils';

export type AuthMethod = 'email' | 'phone';

/** zh-CN visitors see the phone form first; `?method=` picks explicitly. */
export function pickMethod(param: unknown, locale: string): AuthMethod {
  if (param === 'email' || param === 'phone') return param;
  return locale === 'zh-CN' ? 'phone' : 'email';
}

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
  const order: AuthMethod[] = locale === 'zh-CN' ? ['phone', 'email'] : ['email', 'phone'];
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
