import { tokenize } from './tokenize';

/** How much a match in each field counts; a term found in several fields adds their weights. */
export const FIELD_WEIGHTS = {
  title: 5,
  tags: 3,
  subtitle: 3,
  category: 2,
  description: 1,
} as const;

export type CourseSearchInput = {
  title: string;
  subtitle: string;
  tags: readonly string[];
  /** Both language names of the category, so either finds the course. */
  categoryNames: readonly string[];
  description: string;
};

export type WeightedTerm = { term: string; weight: number };

// Markdown syntax and link targets would otherwise index words like "https" for every course.
function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ');
}

/** Rows for `course_search_terms`: each distinct term once, weighted by the fields it appears in. */
export function courseSearchTerms(course: CourseSearchInput): WeightedTerm[] {
  const fields: [string, number][] = [
    [course.title, FIELD_WEIGHTS.title],
    [course.tags.join(' '), FIELD_WEIGHTS.tags],
    [course.subtitle, FIELD_WEIGHTS.subtitle],
    [course.categoryNames.join(' '), FIELD_WEIGHTS.category],
    [stripMarkdown(course.description), FIELD_WEIGHTS.description],
  ];
  const weights = new Map<string, number>();
  for (const [text, weight] of fields) {
    for (const term of new Set(tokenize(text))) {
      weights.set(term, (weights.get(term) ?? 0) + weight);
    }
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}
