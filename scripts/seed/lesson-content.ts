import type { LessonKind } from '@/db/schema';

import { ARTICLES_EN, type ArticleSpec } from './data/articles-en';
import { ARTICLES_ZH } from './data/articles-zh';
import type { CourseSpec } from './data/course-spec';
import { MEDIA_NOTES } from './data/texts';
import type { Rng } from './random';

function articlesFor(spec: CourseSpec): ArticleSpec[] {
  const pool = spec.lang === 'zh' ? ARTICLES_ZH : ARTICLES_EN;
  const matching = pool.filter((a) => a.categories.includes(spec.category));
  const general = pool.filter((a) => a.categories.length === 0);
  return matching.length > 0 ? [...matching, ...general] : general;
}

/** Markdown body of a lesson: a real article, or study notes under a media lesson. */
export function lessonBody({
  spec,
  kind,
  r,
}: {
  spec: CourseSpec;
  kind: LessonKind;
  r: Rng;
}): string {
  if (kind === 'article') return r.pick(articlesFor(spec)).body;
  return r.pick(MEDIA_NOTES[spec.lang]);
}
