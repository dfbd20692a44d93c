import { QA } from './data/texts';
import { enroll, type Journal } from './journey';
import { at, DAY_MS, HOUR_MS, type CourseFacts } from './plan';
import { createRng, seedId } from './random';

/** Lesson Q&A on the most popular courses: learners ask, the creator answers. */
export function buildComments(j: Journal, courses: CourseFacts[]) {
  const r = createRng('comments');
  const byId = new Map(courses.map((c) => [c.id, c]));
  const top = [...j.counters.entries()]
    .sort((a, b) => b[1].enrollments - a[1].enrollments)
    .slice(0, 12)
    .map(([id]) => byId.get(id)!);
  for (const course of top) {
    const learners = j.rows.enrollments.filter(
      (e) => e.courseId === course.id && e.status === 'active' && e.lastLessonId,
    );
    for (const e of r.sample(learners, r.int(2, 4))) {
      const [question, answer] = r.pick(QA[course.lang]);
      const asked = Math.min(j.nowMs - 2 * DAY_MS, e.createdAt!.getTime() + r.int(1, 72) * HOUR_MS);
      const answered = Math.min(j.nowMs - HOUR_MS, asked + r.int(2, 40) * HOUR_MS);
      const questionId = seedId(`comment:${e.id}`);
      const lessonId = e.lastLessonId!;
      j.rows.lessonComments.push(
        {
          id: questionId,
          lessonId,
          courseId: course.id,
          userId: e.userId,
          parentId: null,
          body: question,
          createdAt: at(asked),
          updatedAt: at(asked),
        },
        {
          id: seedId(`answer:${e.id}`),
          lessonId,
          courseId: course.id,
          userId: course.creatorId,
          parentId: questionId,
          body: answer,
          createdAt: at(answered),
          updatedAt: at(answered),
        },
      );
    }
  }
}

/** A few open reports so the moderation queue has work in it. */
export function buildReports(j: Journal) {
  const r = createRng('reports');
  const low = j.rows.reviews.filter((rv) => rv.rating <= 2 && rv.body);
  const question = j.rows.lessonComments.find((c) => c.parentId === null);
  const reporters = j.rows.enrollments.map((e) => e.userId);
  const add = (
    targetType: 'review' | 'comment' | 'course',
    targetId: string,
    reason: string,
    details: string,
  ) => {
    const reporterId = r.pick(reporters);
    j.rows.reports.push({
      id: seedId(`report:${targetType}:${targetId}:${reporterId}`),
      reporterId,
      targetType,
      targetId,
      reason,
      details,
      status: 'open',
      createdAt: at(j.nowMs - r.int(2, 48) * HOUR_MS),
    });
  };
  if (low[0])
    add('review', low[0].id, 'unfair', 'This review seems to be about a different course.');
  if (question) add('comment', question.id, 'spam', 'Looks like an advert.');
  const course = j.rows.courses.find((c) => c.status === 'published' && !c.isFeatured);
  if (course)
    add(
      'course',
      course.id,
      'misleading',
      'Several lessons are shorter than the description suggests.',
    );
}

/**
 * The demo learner: two Chinese programming courses (one finished and reviewed), a free course in
 * progress, a few views and a wishlist item, so every learner page has something true to show.
 */
export function buildDemoLearner(j: Journal, courses: CourseFacts[], userId: string) {
  const r = createRng('demo-learner');
  const bySlug = (slug: string) => {
    const c = courses.find((x) => x.slug === slug);
    if (!c) throw new Error(`demo course ${slug} missing`);
    return c;
  };
  const view = (course: CourseFacts, t: number) =>
    j.events.push({ userId, type: 'view', courseId: course.id, value: r.int(30, 300), t });
  const python = bySlug('python-zero-to-hero-zh');
  const go = bySlug('go-basics-zh');
  const learning = bySlug('learning-how-to-learn');
  const plan = [
    {
      course: python,
      daysAgo: 100,
      progress: 1,
      method: 'alipay',
      rating: { stars: 5, body: '讲得非常清楚，每节课都有能跑起来的小例子，零基础也完全跟得上。' },
    },
    { course: learning, daysAgo: 60, progress: 0.35, method: undefined, rating: undefined },
    { course: go, daysAgo: 20, progress: 0.4, method: 'wechat_pay', rating: undefined },
  ];
  for (const step of plan) {
    const t = j.nowMs - step.daysAgo * DAY_MS;
    view(step.course, t - 2 * DAY_MS);
    view(step.course, t - HOUR_MS);
    enroll(j, {
      userId,
      course: step.course,
      t,
      progress: step.progress,
      pace: 1.2,
      rating: step.rating,
      paymentMethod: step.method,
      r,
    });
  }
  const wish = bySlug('go-concurrency-zh');
  view(wish, j.nowMs - 5 * DAY_MS);
  j.rows.wishlistItems.push({
    userId,
    courseId: wish.id,
    createdAt: at(j.nowMs - 5 * DAY_MS + 60_000),
  });
  j.events.push({ userId, type: 'wishlist', courseId: wish.id, t: j.nowMs - 5 * DAY_MS + 60_000 });
  view(bySlug('distributed-systems-zh'), j.nowMs - 3 * DAY_MS);
}
