import { notFound, redirect } from 'next/navigation';

import { getViewer } from '@/lib/auth/guards';
import { getResumeLessonId } from '@/lib/data/lessons';

/** `/learn/<slug>` opens the lesson to continue: the last one opened if unfinished, else the next. */
export default async function ResumeCoursePage({
  params,
}: {
  params: Promise<{ courseSlug: string }>;
}) {
  const { courseSlug } = await params;
  const lessonId = await getResumeLessonId(await getViewer(), courseSlug);
  if (!lessonId) notFound();
  redirect(`/learn/${courseSlug}/${lessonId}`);
}
