import type { Curriculum, CurriculumSection } from '@/lib/data/studio-curriculum';

/** Pure curriculum edits shared by drag and drop, keyboard moves and optimistic updates. */

export type Order = { id: string; lessonIds: string[] }[];

export function toOrder(c: Curriculum): Order {
  return c.sections.map((s) => ({ id: s.id, lessonIds: s.lessons.map((l) => l.id) }));
}

function moveInArray<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function moveSection(c: Curriculum, sectionId: string, toIndex: number): Curriculum {
  const from = c.sections.findIndex((s) => s.id === sectionId);
  if (from < 0 || toIndex < 0 || toIndex >= c.sections.length) return c;
  return { ...c, sections: moveInArray(c.sections, from, toIndex) };
}

/** Moves a lesson to `toIndex` within `toSectionId` (another section included). */
export function moveLesson(
  c: Curriculum,
  lessonId: string,
  toSectionId: string,
  toIndex: number,
): Curriculum {
  const lesson = c.sections.flatMap((s) => s.lessons).find((l) => l.id === lessonId);
  if (!lesson || !c.sections.some((s) => s.id === toSectionId)) return c;
  const without: CurriculumSection[] = c.sections.map((s) => ({
    ...s,
    lessons: s.lessons.filter((l) => l.id !== lessonId),
  }));
  return {
    ...c,
    sections: without.map((s) => {
      if (s.id !== toSectionId) return s;
      const at = Math.max(0, Math.min(toIndex, s.lessons.length));
      return { ...s, lessons: [...s.lessons.slice(0, at), lesson, ...s.lessons.slice(at)] };
    }),
  };
}

export function sectionOfLesson(c: Curriculum, lessonId: string): CurriculumSection | undefined {
  return c.sections.find((s) => s.lessons.some((l) => l.id === lessonId));
}

export function formatDuration(sec: number): string {
  const m = Math.floor(sec / 60);
  const s = sec % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** A text field of a client-side form action ('' for a missing field or a file). */
export function formText(fd: FormData, name: string): string {
  const v = fd.get(name);
  return typeof v === 'string' ? v.trim() : '';
}
