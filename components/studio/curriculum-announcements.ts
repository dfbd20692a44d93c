'use client';

import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import { useTranslations } from 'next-intl';

import type { Curriculum } from '@/lib/data/studio-curriculum';

/** Screen-reader announcements for drag and drop, naming sections and lessons by title. */
export function useCurriculumAnnouncements(c: Curriculum): Announcements {
  const t = useTranslations('StudioBuilder.curriculum.sr');
  const titleOf = (id: UniqueIdentifier | undefined) => {
    const key = String(id ?? '');
    const section = c.sections.find((s) => s.id === key);
    if (section) return section.title;
    return c.sections.flatMap((s) => s.lessons).find((l) => l.id === key)?.title ?? '';
  };
  return {
    onDragStart: ({ active }) => t('picked', { item: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('over', { item: titleOf(active.id), target: titleOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('dropped', { item: titleOf(active.id), target: titleOf(over.id) })
        : t('cancelled', { item: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('cancelled', { item: titleOf(active.id) }),
  };
}
