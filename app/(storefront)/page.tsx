import { getTranslations } from 'next-intl/server';

export default async function HomePage() {
  const t = await getTranslations('Common');
  return (
    <main className="mx-auto max-w-5xl p-8">
      <h1 className="text-3xl font-bold">{t('appName')}</h1>
      <p>{t('tagline')}</p>
    </main>
  );
}
