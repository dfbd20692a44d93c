import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/a11y';
import { expectRailLoads, holdRecommendations } from '../fixtures/recs-rail';

const isMobile = (projectName: string) => projectName.includes('mobile');

/** README screenshots come from this run (issue 2, item 7); one viewport each. */
async function screenshot(page: Page, file: string) {
  await page.screenshot({ path: `docs/screenshots/${file}`, animations: 'disabled' });
}

test.describe('[STOREFRONT][BROWSE]', () => {
  // axe over a full storefront page takes several seconds on a small shared machine.
  test.describe.configure({ timeout: 90_000 });

  test('[STOREFRONT][BROWSE]: home shows the hero, categories and course rows', async ({
    page,
  }, info) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Learn from people who know their craft',
    );
    await expect(page.getByRole('heading', { name: 'Explore by category' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Most popular' })).toBeVisible();
    const popular = page.getByRole('region', { name: 'Most popular' });
    await expect(popular.getByRole('article').first()).toBeVisible();
    // A caller's utilities override the kit's component classes (`hidden sm:inline-flex` on a
    // button): phones get the icon link, wider screens the labelled ones.
    const header = page.getByRole('banner');
    const signUp = header.getByRole('link', { name: 'Sign up', exact: true });
    const signInIcon = header.locator('a[href="/sign-in"][aria-label]');
    if (isMobile(info.project.name)) {
      await expect(signUp).toBeHidden();
      await expect(signInIcon).toBeVisible();
    } else {
      await expect(signUp).toBeVisible();
      await expect(signInIcon).toBeHidden();
    }
    await expectNoSeriousA11yViolations(page);
    await screenshot(
      page,
      isMobile(info.project.name) ? 'storefront-mobile.png' : 'storefront.png',
    );
  });

  test('[STOREFRONT][BROWSE]: a category lists its courses and filters through the URL', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByRole('link', { name: /^Programming/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/categories\/programming$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Programming' })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();

    await page.getByRole('combobox', { name: 'Price', exact: true }).selectOption('free');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/price=free/);
    const cards = page.getByRole('article');
    await expect(cards.first()).toBeVisible();
    for (const text of await cards.allInnerTexts()) expect(text).toContain('Free');
    await expectNoSeriousA11yViolations(page);
  });

  test('[STOREFRONT][BROWSE]: a course page shows curriculum, reviews and the price box', async ({
    page,
  }, info) => {
    await page.goto('/categories/programming?sort=rating');
    const firstCard = page.getByRole('article').first();
    const title = (await firstCard.getByRole('heading').innerText()).trim();
    await firstCard.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { name: 'Course content' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reviews' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Sign in to (buy|enrol)/ })).toBeVisible();
    // Below-the-fold sections are drawn only near the viewport, and still read and work when reached.
    for (const name of ['Course content', 'About this course', 'Reviews'])
      await expect(page.getByRole('region', { name })).toHaveCSS('content-visibility', 'auto');
    await expect(page.getByRole('contentinfo')).toHaveCSS('content-visibility', 'auto');
    await page.getByRole('contentinfo').getByRole('link').first().scrollIntoViewIfNeeded();
    await expect(page.getByRole('contentinfo').getByRole('link').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    if (!isMobile(info.project.name)) await screenshot(page, 'course.png');
  });

  test('[STOREFRONT][BROWSE]: listings send their results with the page, not behind a streamed fallback', async ({
    request,
  }) => {
    const course = await (await request.get('/courses/typescript-from-zero')).text();
    const creator = /href="(\/creators\/[^"]+)"/.exec(course)?.[1];
    expect(creator).toBeTruthy();
    for (const path of ['/search?q=python', '/categories/programming', creator!]) {
      const html = await (await request.get(path)).text();
      const results = html.indexOf('id="results-title"');
      expect(results, path).toBeGreaterThan(-1);
      // A Suspense fallback would put the results in a hidden segment that React reveals at
      // least 300 ms after the first paint.
      expect(html.lastIndexOf('<div hidden id="S:', results), path).toBe(-1);
    }
  });

  test('[STOREFRONT][RECS]: a course page loads “Learners also took” when it is scrolled into view', async ({
    page,
  }) => {
    await page.goto('/categories/programming?sort=rating');
    const course = await page.getByRole('article').first().getByRole('link').getAttribute('href');
    const held = await holdRecommendations(page);
    await page.goto(course!);

    const rail = page.getByRole('region', { name: 'Learners also took' });
    const hrefs = await expectRailLoads(rail, held);
    expect(held.requests[0]!.searchParams.has('similar')).toBe(true);
    expect(hrefs).not.toContain(course);
    await expectNoSeriousA11yViolations(page);

    const first = rail.getByRole('article').first();
    const title = (await first.getByRole('heading').innerText()).trim();
    await first.getByRole('link').click();
    await expect(page).toHaveURL((url) => url.pathname === hrefs[0]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('[STOREFRONT][PREFETCH]: links prefetch on intent, not on entering the viewport', async ({
    page,
  }, info) => {
    const prefetched: string[] = [];
    page.on('request', (req) => {
      if (req.headers()['next-router-prefetch']) prefetched.push(new URL(req.url()).pathname);
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(prefetched).toEqual([]);
    const course = page.getByRole('region', { name: 'Most popular' }).getByRole('link').first();
    const href = await course.getAttribute('href');
    // A pointer shows intent by hovering; on the phone run, focus (keyboard, switch access) does.
    if (isMobile(info.project.name)) await course.focus();
    else await course.hover();
    await expect.poll(() => prefetched).toContain(href);
  });

  test('[STOREFRONT][NAV]: links navigate within the page, history works, and a modified click stays the browser’s', async ({
    page,
  }, info) => {
    type Marked = { sameDocument?: boolean };
    await page.goto('/');
    await page.evaluate(() => {
      (window as Marked).sameDocument = true;
    });
    const course = page.getByRole('region', { name: 'Most popular' }).getByRole('link').first();
    const href = (await course.getAttribute('href'))!;
    await (isMobile(info.project.name) ? course.tap() : course.click());
    await expect(page).toHaveURL(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A client-side navigation keeps the document: the marker survives.
    expect(await page.evaluate(() => (window as Marked).sameDocument)).toBe(true);
    await expect(page.locator('[popover]:popover-open')).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL('/');
    expect(await page.evaluate(() => (window as Marked).sameDocument)).toBe(true);
    if (isMobile(info.project.name)) return;
    // Ctrl-click is the browser's (a new tab): this page stays where it is.
    const opened = page.context().waitForEvent('page');
    await course.click({ modifiers: ['ControlOrMeta'] });
    const tab = await opened;
    await tab.waitForURL(`**${href}`);
    await tab.close();
    await expect(page).toHaveURL('/');
  });

  test('[STOREFRONT][NAV]: a slow navigation shows a progress bar until the next page arrives', async ({
    page,
  }, info) => {
    await page.goto('/');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Holds the category page's RSC payload (prefetch and navigation) until the bar has been seen.
    await page.route('**/categories/programming*', async (route) => {
      if (route.request().headers()['rsc']) await held;
      await route.continue();
    });
    const link = page.getByRole('link', { name: /^Programming/ }).first();
    await (isMobile(info.project.name) ? link.tap() : link.click());
    const bar = page.getByRole('progressbar', { name: 'Loading…' });
    await expect(bar).toBeVisible();
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Programming' })).toBeVisible();
    await expect(page).toHaveURL(/\/categories\/programming$/);
    await expect(bar).toHaveCount(0);
  });

  test('[STOREFRONT][BROWSE]: search finds courses for an English and a Chinese query', async ({
    page,
  }) => {
    await page.goto('/');
    const box = page
      .getByRole('searchbox', { name: 'Search courses' })
      .locator('visible=true')
      .first();
    await box.fill('python');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=python/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('for “python”');
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto(`/search?q=${encodeURIComponent('机器学习')}`);
    await expect(page.getByRole('article').filter({ hasText: '机器学习入门' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto('/search?q=zzqqxxnothing');
    await expect(page.getByText('No courses found for “zzqqxxnothing”')).toBeVisible();
  });

  test('[STOREFRONT][ACCESS-6]: a draft course is a 404 for visitors', async ({ page }) => {
    const res = await page.goto('/courses/korean-hangul');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  test('[STOREFRONT][I18N]: the language switch persists across reloads', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '切换到中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('向懂行的人学习');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { name: '按分类探索' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('[STOREFRONT][THEME]: the theme toggle persists across reloads without a flash', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    // The class comes from the server-rendered HTML, not from a script after load.
    await expect.poll(async () => (await page.request.get('/')).text()).toContain('class="dark"');
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await expect(page.locator('html')).toHaveClass(/\blight\b/);
  });
});
