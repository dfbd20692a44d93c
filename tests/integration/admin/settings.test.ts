import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { auditLog, courses, platformSettings } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';

import { makeCourse, makeUser } from '../../support/dashboard-fixtures';
import { addLesson, addSection } from '../studio/builder-fixtures';
import { runAction } from '../../support/actions';

const auth = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => auth.viewer }));
vi.mock('@/lib/auth/request-context', () => ({ requestIp: async () => '198.51.100.4' }));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

const { updatePlatformSettingsAction } =
  await import('@/lib/actions/admin/update-platform-settings');
const { getPlatformSettingsForAdmin } = await import('@/lib/data/admin-settings');
const { getPaymentSettings } = await import('@/lib/payments/settings');
const { getCreatorCanSeeEmails } = await import('@/lib/data/studio-students');
const { getReviewPolicy } = await import('@/lib/data/review-policy');
const { getPublishState, submitCourseForReview } = await import('@/lib/data/studio-publishing');

const form = (over: Record<string, string> = {}) => ({
  platformFeeBps: '20',
  refundWindowDays: '14',
  refundMaxConsumedPercent: '30',
  reviewPolicy: 'every_course',
  reason: 'Quarterly review',
  ...over,
});

const settingsAudits = () =>
  db.select().from(auditLog).where(eq(auditLog.action, 'settings.update'));

describe('platform settings', () => {
  // One test: settings are platform-wide, so the steps run in order and end on the defaults.
  it('ACCESS-5: an admin changes the fee, refund rule and email visibility; one audit row per save; the features read the new values', async () => {
    const admin = await makeUser('admin');
    auth.viewer = admin;
    const auditsBefore = (await settingsAudits()).length;

    const saved = await runAction(
      updatePlatformSettingsAction,
      form({ platformFeeBps: '12.5', refundWindowDays: '7', creatorCanSeeEmails: 'on' }),
    );
    expect(saved.state).toMatchObject({ ok: true, message: 'Admin.Settings.saved' });
    expect(await getPaymentSettings()).toEqual({
      platformFeeBps: 1250,
      refundWindowDays: 7,
      refundMaxConsumedPercent: 30,
    });
    expect(await getCreatorCanSeeEmails()).toBe(true);
    const audits = await settingsAudits();
    expect(audits).toHaveLength(auditsBefore + 1);
    expect(audits.at(-1)).toMatchObject({
      actorUserId: admin.id,
      actorIp: '198.51.100.4',
      reason: 'Quarterly review',
      before: { platformFeeBps: 2000, refundWindowDays: 14, creatorCanSeeEmails: false },
      after: { platformFeeBps: 1250, refundWindowDays: 7, creatorCanSeeEmails: true },
    });
    const [row] = await db
      .select()
      .from(platformSettings)
      .where(eq(platformSettings.key, 'platform_fee_bps'));
    expect(row).toMatchObject({ value: 1250, updatedBy: admin.id });

    // Saving the same values again writes nothing.
    const same = await runAction(
      updatePlatformSettingsAction,
      form({ platformFeeBps: '12.5', refundWindowDays: '7', creatorCanSeeEmails: 'on' }),
    );
    expect(same.state).toMatchObject({ ok: true, message: 'Admin.Settings.unchanged' });
    expect(await settingsAudits()).toHaveLength(auditsBefore + 1);

    // Out of range, three decimals, or no reason: field errors and nothing stored.
    const bads: Record<string, string>[] = [
      { platformFeeBps: '51' },
      { platformFeeBps: '12.345' },
      { refundWindowDays: '-1' },
      { refundMaxConsumedPercent: '101' },
      { refundWindowDays: 'soon' },
      { reviewPolicy: 'never' },
      { reason: '' },
    ];
    for (const bad of bads) {
      const res = await runAction(updatePlatformSettingsAction, form(bad));
      expect(res.state).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
      expect(Object.keys(res.state!.ok === false ? (res.state!.fieldErrors ?? {}) : {})).toEqual(
        Object.keys(bad),
      );
    }
    expect((await getPlatformSettingsForAdmin(admin)).platformFeeBps).toBe(1250);

    // Back to the defaults (an unticked box is absent from the form), so other tests see them.
    await runAction(updatePlatformSettingsAction, form({ reason: 'Back to defaults' }));
    expect(await getPlatformSettingsForAdmin(admin)).toEqual({
      platformFeeBps: 2000,
      refundWindowDays: 14,
      refundMaxConsumedPercent: 30,
      creatorCanSeeEmails: false,
      reviewPolicy: 'every_course',
    });
    auth.viewer = null;
  });

  it('the "first course" review policy lets a creator with a live course publish a new draft at once; a rejected course and a first course still go to review', async () => {
    const admin = await makeUser('admin');
    const trusted = await makeUser('creator');
    const newcomer = await makeUser('creator');
    await makeCourse(trusted.id, { status: 'published' });
    const ready = async (creatorId: string, status: 'draft' | 'rejected' = 'draft') => {
      const id = await makeCourse(creatorId, { status });
      await db
        .update(courses)
        .set({
          description: 'A description comfortably longer than fifty characters.',
          coverUrl: '/c.jpg',
        })
        .where(eq(courses.id, id));
      await addLesson(id, await addSection(id, 'One', 0), { body: '# Hello' });
      return id;
    };
    const [draft, rejected, first] = [
      await ready(trusted.id),
      await ready(trusted.id, 'rejected'),
      await ready(newcomer.id),
    ];
    expect((await getPublishState(trusted, draft)).publishesDirectly).toBe(false);
    auth.viewer = admin;
    await runAction(updatePlatformSettingsAction, form({ reviewPolicy: 'first_course' }));
    try {
      expect(await getReviewPolicy()).toBe('first_course');
      expect((await getPublishState(trusted, draft)).publishesDirectly).toBe(true);
      expect(await submitCourseForReview(trusted, draft)).toMatchObject({ published: true });
      expect(await submitCourseForReview(trusted, rejected)).toMatchObject({ published: false });
      expect(await submitCourseForReview(newcomer, first)).toMatchObject({ published: false });
      const status = async (id: string) =>
        (await db.select().from(courses).where(eq(courses.id, id)))[0]!;
      expect(await status(draft)).toMatchObject({
        status: 'published',
        publishedAt: expect.any(Date),
        approvedSnapshot: expect.objectContaining({
          lessons: [expect.objectContaining({ section: 'One' })],
        }),
      });
      expect((await status(rejected)).status).toBe('in_review');
      expect((await status(first)).status).toBe('in_review');
    } finally {
      await runAction(updatePlatformSettingsAction, form({ reason: 'Back to defaults' }));
      auth.viewer = null;
    }
    expect(await getReviewPolicy()).toBe('every_course');
  });

  it('ACCESS-4: creators and learners can neither read nor change the settings', async () => {
    for (const role of ['learner', 'creator'] as const) {
      const user = await makeUser(role);
      await expect(getPlatformSettingsForAdmin(user)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      auth.viewer = user;
      const res = await runAction(updatePlatformSettingsAction, form({ platformFeeBps: '1' }));
      expect(res.state).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    auth.viewer = null;
    expect((await getPaymentSettings()).platformFeeBps).toBe(2000);
  });
});
