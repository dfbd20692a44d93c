import { getTranslations } from 'next-intl/server';

import { Link } from '@/components/ui/link';
import type { SnapshotLesson } from '@/lib/course-snapshot';

/** Every lesson of a course in review, grouped by section, each opening in the lesson player. */
export async function ReviewLessons({
  slug,
  lessons,
}: {
  slug: string;
  lessons: SnapshotLesson[];
}) {
  const [t, tKind] = await Promise.all([
    getTranslations('Admin.Reviews'),
    getTranslations('Enums.lessonKind'),
  ]);
  // Lessons arrive in curriculum order, so each section's lessons are consecutive.
  const sections: { title: string; lessons: SnapshotLesson[] }[] = [];
  for (const l of lessons) {
    const last = sections.at(-1);
    if (last?.title === l.section) last.lessons.push(l);
    else sections.push({ title: l.section, lessons: [l] });
  }
  return (
    <div className="grid gap-2 text-sm">
      {sections.map((section, i) => (
        <div key={i}>
          <p className="font-medium">{section.title}</p>
          <ol className="ml-4 list-decimal">
            {section.lessons.map((l) => (
              <li key={l.id}>
                <Link href={`/learn/${slug}/${l.id}`} className="underline" target="_blank">
                  {l.title}
                </Link>{' '}
                <span className="text-muted-foreground">
                  ({tKind(l.kind)}
                  {l.isPreview ? ` · ${t('preview')}` : ''}
                  {l.mediaId || l.bodyHash ? '' : ` · ${t('noContent')}`})
                </span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
