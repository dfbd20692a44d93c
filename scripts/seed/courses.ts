import { coverMotifFor, coverSvg } from '@/lib/covers';
import { courseSearchTerms } from '@/lib/search/course-terms';

import type { CreatorRefs } from './creators';
import { CATEGORIES } from './data/categories';
import { parseOutline, type CourseSpec } from './data/course-spec';
import { COURSE_SPECS } from './data/courses';
import { lessonBody } from './lesson-content';
import { imageUrl, renderedImage, SEED_CAPTIONS } from './media';
import {
  at,
  DAY_MS,
  type CourseFacts,
  type SeedContext,
  type SeedFile,
  type SeedRows,
} from './plan';
import { createRng, seedId, zipfWeights } from './random';

const HEADINGS = {
  en: { learn: "What you'll learn", who: 'Who this course is for', req: 'Requirements' },
  zh: { learn: '你将学到', who: '适合人群', req: '学习要求' },
};
const REQUIREMENTS = {
  en: {
    beginner: 'No prior experience needed, just curiosity and a few hours a week.',
    intermediate:
      'Comfortable with the basics of the topic; the first section is a quick refresher.',
    advanced: 'Solid working experience with the topic; we move fast.',
    all: 'Open to every level: beginners get the foundations, experienced learners the practice.',
  },
  zh: {
    beginner: '无需任何基础，只要有好奇心，每周能投入几个小时。',
    intermediate: '需要掌握该领域的基础知识；第一章会快速回顾。',
    advanced: '需要有扎实的实践经验，课程节奏较快。',
    all: '适合各个阶段：新手打基础，有经验的同学重实践。',
  },
};

export function describeCourse(spec: CourseSpec): string {
  const h = HEADINGS[spec.lang];
  return [
    spec.pitch,
    `## ${h.learn}`,
    spec.outcomes.map((o) => `- ${o}`).join('\n'),
    `## ${h.who}`,
    spec.audience.map((a) => `- ${a}`).join('\n'),
    `## ${h.req}`,
    `- ${REQUIREMENTS[spec.lang][spec.level]}`,
  ].join('\n\n');
}

function tagSlug(name: string) {
  return name.trim().toLowerCase().replace(/\s+/g, '-');
}

/** Lifecycle dates that match the status: drafts were never submitted, published ones have history. */
function courseDates(ctx: SeedContext, spec: CourseSpec, index: number) {
  const now = ctx.now.getTime();
  const r = createRng(`dates:${spec.slug}`);
  const status = spec.status ?? 'published';
  if (status === 'draft')
    return { createdAt: at(now - r.int(3, 20) * DAY_MS), submittedAt: null, publishedAt: null };
  if (status === 'in_review' || status === 'rejected') {
    const submitted = now - r.int(1, 6) * DAY_MS;
    return {
      createdAt: at(submitted - r.int(10, 40) * DAY_MS),
      submittedAt: at(submitted),
      publishedAt: null,
    };
  }
  // A few courses launched inside the behaviour window, so "new" and "trending" have something to show.
  const daysAgo = index % 9 === 4 ? r.int(25, 90) : r.int(190, 420);
  const published = now - daysAgo * DAY_MS - r.int(0, 23) * 3_600_000;
  return {
    createdAt: at(published - r.int(14, 60) * DAY_MS),
    submittedAt: at(published - 2 * DAY_MS),
    publishedAt: at(published),
  };
}

/** Categories, tags, courses with curricula and covers, and the search index rows. */
export function buildCourses(
  ctx: SeedContext,
  rows: SeedRows,
  files: SeedFile[],
  creators: CreatorRefs,
): CourseFacts[] {
  const categoryIds = new Map<string, string>();
  CATEGORIES.forEach((c, position) => {
    const id = seedId(`category:${c.slug}`);
    categoryIds.set(c.slug, id);
    const { appeal: _appeal, ...fields } = c;
    rows.categories.push({
      id,
      ...fields,
      position,
      createdAt: at(ctx.now.getTime() - 500 * DAY_MS),
    });
  });
  const tagIds = new Map<string, string>();
  const facts: CourseFacts[] = [];

  COURSE_SPECS.forEach((spec, index) => {
    const id = seedId(`course:${spec.slug}`);
    const creatorId = creators.ids.get(spec.creator);
    const categoryId = categoryIds.get(spec.category);
    const category = CATEGORIES.find((c) => c.slug === spec.category);
    if (!creatorId || !categoryId || !category) throw new Error(`bad course spec ${spec.slug}`);
    const dates = courseDates(ctx, spec, index);
    const status = spec.status ?? 'published';

    const coverId = seedId(`cover:${spec.slug}`);
    const cover = renderedImage(
      id,
      `cover:${spec.slug}`,
      coverId,
      coverSvg({ seed: id, motif: coverMotifFor(spec.category, id) }),
    );
    files.push(cover);
    rows.mediaAssets.push({
      id: coverId,
      ownerId: creatorId,
      kind: 'image',
      storageKey: cover.key,
      mimeType: 'image/webp',
      sizeBytes: 0,
      originalName: 'cover.webp',
      status: 'ready',
      createdAt: dates.createdAt,
    });

    const lessonsOut = buildCurriculum(rows, {
      spec,
      courseId: id,
      media: creators.media.get(creatorId)!,
      createdAt: dates.createdAt,
    });
    const description = describeCourse(spec);
    rows.courses.push({
      id,
      slug: spec.slug,
      creatorId,
      categoryId,
      title: spec.title,
      subtitle: spec.subtitle,
      description,
      outcomes: spec.outcomes.join('\n'),
      language: spec.lang,
      level: spec.level,
      priceMinor: spec.price,
      currency: spec.lang === 'zh' ? 'CNY' : 'USD',
      ...secondPrice(spec, index),
      coverUrl: imageUrl(coverId),
      status,
      moderationNote: spec.moderationNote ?? null,
      isFeatured: Boolean(spec.featured) && status === 'published',
      durationSec: lessonsOut.reduce((s, l) => s + l.durationSec, 0),
      ...dates,
      updatedAt: dates.publishedAt ?? dates.submittedAt ?? dates.createdAt,
    });

    for (const name of spec.tags) {
      const slug = tagSlug(name);
      if (!tagIds.has(slug)) {
        tagIds.set(slug, seedId(`tag:${slug}`));
        rows.tags.push({ id: tagIds.get(slug)!, slug, name });
      }
      rows.courseTags.push({ courseId: id, tagId: tagIds.get(slug)! });
    }
    for (const { term, weight } of courseSearchTerms({
      title: spec.title,
      subtitle: spec.subtitle,
      tags: spec.tags,
      categoryNames: [category.nameEn, category.nameZh],
      description,
    })) {
      rows.courseSearchTerms.push({ term, courseId: id, weight });
    }
    facts.push({
      id,
      slug: spec.slug,
      creatorId,
      category: spec.category,
      lang: spec.lang,
      status,
      priceMinor: spec.price,
      currency: spec.lang === 'zh' ? 'CNY' : 'USD',
      publishedAt: dates.publishedAt,
      popularity: 0,
      lessons: lessonsOut,
    });
  });
  assignPopularity(facts);
  return facts;
}

/**
 * Every other paid English course also sells in CNY, at about 7.2 yuan to the dollar rounded to a
 * price ending in 9 (US$19.99 → ¥139), so the demo shows the currency choice.
 */
function secondPrice(spec: { lang: string; price: number }, index: number) {
  if (spec.lang === 'zh' || spec.price === 0 || index % 2 === 1)
    return { altPriceMinor: null, altCurrency: null };
  const yuan = Math.round((spec.price * 7.2) / 1000) * 10 - 1;
  return { altPriceMinor: yuan * 100, altCurrency: 'CNY' };
}

/** Zipf-like popularity over published courses; featured ones tend to sit near the head. */
function assignPopularity(facts: CourseFacts[]) {
  const r = createRng('popularity');
  const published = facts.filter((f) => f.status === 'published');
  const featured = new Set(
    COURSE_SPECS.filter((s) => s.featured).map((s) => seedId(`course:${s.slug}`)),
  );
  const ranked = published
    .map((f) => ({
      f,
      score: r.next() + (featured.has(f.id) ? 0.6 : 0) + (f.priceMinor === 0 ? 0.3 : 0),
    }))
    .sort((a, b) => b.score - a.score);
  const weights = zipfWeights(ranked.length, 1);
  ranked.forEach(({ f }, i) => (f.popularity = weights[i]!));
}

type CurriculumInput = {
  spec: CourseSpec;
  courseId: string;
  media: Record<'video' | 'audio' | 'pdf', { id: string; durationSec: number | null }>;
  createdAt: Date;
};

const KINDS = ['video', 'article', 'audio', 'pdf'] as const;

function buildCurriculum(rows: SeedRows, { spec, courseId, media, createdAt }: CurriculumInput) {
  const r = createRng(`curriculum:${spec.slug}`);
  const out: CourseFacts['lessons'] = [];
  let n = 0;
  parseOutline(spec.outline).forEach((section, sIdx) => {
    const sectionId = seedId(`section:${spec.slug}:${sIdx}`);
    rows.courseSections.push({
      id: sectionId,
      courseId,
      title: section.title,
      position: sIdx,
      createdAt,
    });
    section.lessons.forEach((title, lIdx) => {
      const kind = n === 0 ? 'video' : r.weighted(KINDS, [45, 30, 12, 13]);
      const isPreview = n === 0 || (n === 1 && kind !== 'pdf' && r.chance(0.5));
      const body = lessonBody({ spec, kind, r });
      const durationSec =
        kind === 'article'
          ? Math.max(120, Math.round((body.length / (spec.lang === 'zh' ? 400 : 1000)) * 60))
          : kind === 'pdf'
            ? r.int(5, 10) * 60
            : r.int(kind === 'video' ? 240 : 300, kind === 'video' ? 1080 : 900);
      const id = seedId(`lesson:${spec.slug}:${sIdx}:${lIdx}`);
      rows.lessons.push({
        id,
        courseId,
        sectionId,
        title,
        kind,
        position: lIdx,
        isPreview,
        body,
        mediaId: kind === 'article' ? null : media[kind].id,
        captionsVtt: kind === 'video' || kind === 'audio' ? SEED_CAPTIONS[kind] : null,
        durationSec,
        createdAt,
        updatedAt: createdAt,
      });
      out.push({ id, durationSec, isPreview });
      n++;
    });
  });
  return out;
}
