import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { loadMessages } from '@/i18n/messages';

import { MediaPlayer } from './media-player';
import { RATES } from './progress-reporter';

const labels = {
  player: 'Player: Closures',
  rates: RATES.map((r) => ({ value: r, label: `${r}× (server)` })),
};

async function render(locale: 'en' | 'zh-CN') {
  const messages = await loadMessages(locale);
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      <MediaPlayer
        kind="video"
        courseId="c1"
        lessonId="l1"
        src="/api/media/l1"
        captionsSrc="/api/media/l1/captions"
        startAt={0}
        tracksProgress
        labels={labels}
      />
    </NextIntlClientProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('MediaPlayer first render', () => {
  // Every ICU message format starts with this lookup; on a throttled phone it cost about 65 ms
  // of the lesson page's hydration, so labels that take arguments come formatted from the server.
  it.each(['en', 'zh-CN'] as const)(
    'formats no message with arguments while rendering (%s)',
    async (locale) => {
      const lookup = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
      const html = await render(locale);
      expect(lookup).not.toHaveBeenCalled();
      expect(html).toContain('aria-label="Player: Closures"');
      for (const { label } of labels.rates) expect(html).toContain(`>${label}</option>`);
    },
  );

  it('still renders its own plain labels from the messages', async () => {
    const html = await render('zh-CN');
    expect(html).toContain('后退 15 秒');
    expect(html).toContain('倍速');
  });
});
