import type { CourseLevel, CourseStatus } from '@/db/schema';

/**
 * One demo course as written by hand. The generator turns `pitch`, `outcomes` and `audience` into the
 * markdown description and `outline` into sections and lessons.
 */
export type CourseSpec = {
  slug: string;
  category: string;
  creator: string;
  lang: 'en' | 'zh';
  level: CourseLevel;
  title: string;
  subtitle: string;
  pitch: string;
  outcomes: string[];
  audience: string[];
  tags: string[];
  /** `Section: lesson; lesson / Section: lesson; lesson` */
  outline: string;
  /** Minor units in USD (en) or CNY (zh); 0 = free. */
  price: number;
  status?: CourseStatus;
  moderationNote?: string;
  featured?: boolean;
};

export type OutlineSection = { title: string; lessons: string[] };

export function parseOutline(outline: string): OutlineSection[] {
  return outline.split(' / ').map((part) => {
    const [title, rest] = part.split(': ');
    if (!title || !rest) throw new Error(`bad outline section: ${part}`);
    return { title: title.trim(), lessons: rest.split('; ').map((l) => l.trim()) };
  });
}
