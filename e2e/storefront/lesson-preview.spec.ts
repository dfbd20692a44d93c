import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';

test.describe('[STOREFRONT][PLAYER]', () => {
  test.describe.configure({ timeout: 90_000 });

  test('[STOREFRONT][PLAYER]: a visitor plays a free preview from a course page; paid lessons stay locked', async ({
    page,
  }) => {
    await page.goto('/');
    const href = await page.locator('a[href^="/courses/"]').first().getAttribute('href');
    expect(href).toBeTruthy();
    await page.goto(href!);
    // The first lesson of every demo course is a free video preview.
    await page
      .getByRole('link', { name: /^Play preview/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/learn\/[^/]+\/[0-9A-Za-z]{22}$/);
    const media = page.getByTestId('lesson-media');
    await expect(media).toBeVisible();
    // The course cover fills the frame until the video plays.
    const poster = await media.getAttribute('poster');
    expect(poster).toMatch(/^\/api\/images\/[0-9A-Za-z]{22}$/);
    const cover = await page.request.get(poster!);
    expect(cover.status()).toBe(200);
    expect(cover.headers()['content-type']).toMatch(/^image\//);
    await expect
      .poll(() => media.evaluate((el: HTMLMediaElement) => el.readyState), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(1);
    expect(await media.evaluate((el: HTMLMediaElement) => el.duration)).toBeGreaterThan(20);
    await media.evaluate((el: HTMLMediaElement) => {
      el.muted = true;
      return el.play();
    });
    await expect
      .poll(() => media.evaluate((el: HTMLMediaElement) => el.currentTime))
      .toBeGreaterThan(0.2);

    // The curriculum is drawn once: always open on wide screens, a closed drawer on phones.
    await expect(page.locator('nav[aria-label="Course content"]')).toHaveCount(1);
    const curriculum = page.getByRole('navigation', { name: 'Course content' });
    const summary = page.locator('summary').filter({ hasText: 'Course content' });
    if (page.viewportSize()!.width >= 1024) {
      await expect(summary).toBeHidden();
      await expect(curriculum.getByRole('link').first()).toBeVisible();
    } else {
      await expect(curriculum).toBeHidden();
      await summary.click();
      await expect(curriculum.getByRole('link').first()).toBeVisible();
    }
    await expect(curriculum.locator('a[aria-current="page"]')).toHaveAttribute(
      'href',
      new URL(page.url()).pathname,
    );

    // A paid lesson of the same course: a lock and the way in, no player and no media URL.
    const lessonLinks = await page
      .locator('a[href^="/learn/"]')
      .evaluateAll((els) => [...new Set(els.map((a) => a.getAttribute('href') ?? ''))]);
    for (const link of lessonLinks.slice(1)) {
      await page.goto(link);
      if (await page.getByRole('heading', { name: 'This lesson is locked' }).isVisible()) {
        await expect(page.getByTestId('lesson-media')).toHaveCount(0);
        await expect(page.getByRole('link', { name: 'See the course and enrol' })).toBeVisible();
        const lessonId = link.split('/').pop();
        const res = await page.request.get(`/api/media/${lessonId}`);
        expect([403, 404]).toContain(res.status());
        await expectNoSeriousA11yViolations(page);
        return;
      }
    }
    throw new Error('no locked lesson found in the demo course');
  });

  test('[STOREFRONT][PLAYER]: the player is named after its lesson, changes speed, answers its keyboard shortcuts and remembers speed and volume', async ({
    page,
  }) => {
    await page.goto('/');
    await page.locator('a[href^="/courses/"]').first().click();
    await page
      .getByRole('link', { name: /^Play preview/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/learn\/[^/]+\/[0-9A-Za-z]{22}$/);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    // The label and the speed options are formatted on the server; the client shows them as sent.
    const player = page.getByRole('group', { name: `Player: ${title}` });
    await expect(player).toBeVisible();
    const media = page.getByTestId('lesson-media');
    const state = () =>
      media.evaluate((el: HTMLMediaElement) => ({
        time: el.currentTime,
        rate: el.playbackRate,
        volume: Math.round(el.volume * 10) / 10,
        muted: el.muted,
      }));
    await expect
      .poll(() => media.evaluate((el: HTMLMediaElement) => el.readyState), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(1);

    const speed = player.getByLabel('Speed');
    await expect(speed.locator('option')).toHaveText([
      '0.5×',
      '0.75×',
      '1×',
      '1.25×',
      '1.5×',
      '1.75×',
      '2×',
    ]);
    await speed.selectOption('1.5');
    expect((await state()).rate).toBe(1.5);

    await player.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await state()).time).toBeGreaterThanOrEqual(15);
    await expect(page.getByText('Forward 15 seconds')).toBeAttached();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await state()).time).toBeLessThan(1);
    await page.keyboard.press('m');
    expect((await state()).muted).toBe(true);
    await page.keyboard.press('m');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await state()).toMatchObject({ muted: false, volume: 0.8 });

    await page.reload();
    await expect
      .poll(() => media.evaluate((el: HTMLMediaElement) => el.readyState), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(1);
    await expect.poll(async () => (await state()).rate).toBe(1.5);
    expect(await state()).toMatchObject({ volume: 0.8, muted: false });
    await expect(
      page.getByRole('group', { name: `Player: ${title}` }).getByLabel('Speed'),
    ).toHaveValue('1.5');
  });
});
