import { useTranslations } from 'next-intl';

import { durationParts } from '@/lib/duration';

type CommonT = (
  key: 'durationHm' | 'durationM',
  values: { hours?: number; minutes: number },
) => string;

/** "3 h 25 min" / "3 小时 25 分钟" from a `Common` translator (server: getTranslations('Common')). */
export function durationText(t: CommonT, seconds: number): string {
  const { hours, minutes } = durationParts(seconds);
  return hours > 0 ? t('durationHm', { hours, minutes }) : t('durationM', { minutes });
}

/** Hook form for server (non-async) and client components. */
export function useFormatDuration(): (seconds: number) => string {
  const t = useTranslations('Common');
  return (seconds) => durationText((key, values) => t(key, values), seconds);
}

export function Duration({ seconds }: { seconds: number }) {
  return <>{useFormatDuration()(seconds)}</>;
}
