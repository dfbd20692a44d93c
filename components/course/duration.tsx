import { useTranslations } from 'next-intl';

import { durationParts } from '@/lib/duration';

/** "3 h 25 min" / "3 小时 25 分钟"; usable from server and client components. */
export function Duration({ seconds }: { seconds: number }) {
  const t = useTranslations('Common');
  const { hours, minutes } = durationParts(seconds);
  return <>{hours > 0 ? t('durationHm', { hours, minutes }) : t('durationM', { minutes })}</>;
}
