'use client';

import { useState } from 'react';

import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { GripVertical, Plus, Trash2 } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { LESSON_KINDS, type LessonKind } from '@/db/schema/catalog';
import type { CurriculumSection as Section } from '@/lib/data/studio-curriculum';
import { cn } from '@/lib/utils';

import { CurriculumConfirm } from './curriculum-confirm';
import { CurriculumLessonRow } from './curriculum-lesson-row';
import { formText } from './curriculum-order';

export type SectionHandlers = {
  rename: (sectionId: string, title: string) => void;
  remove: (sectionId: string) => void;
  addLesson: (sectionId: string, title: string, kind: LessonKind) => void;
  editLesson: (lessonId: string) => void;
  removeLesson: (lessonId: string) => void;
};

/** One section: drag handle, rename, delete (confirmed), its sortable lessons and "add lesson". */
export function CurriculumSection({
  section,
  index,
  on,
}: {
  section: Section;
  index: number;
  on: SectionHandlers;
}) {
  const t = useTranslations('StudioBuilder.curriculum');
  const [renaming, setRenaming] = useState(false);
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: section.id, data: { type: 'section' } });
  const headingId = `section-${section.id}-title`;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={cn(
        'bg-muted/40 grid gap-3 rounded-lg border p-3',
        isDragging && 'ring-primary z-10 ring-2',
      )}
      aria-labelledby={headingId}
    >
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={t('dragSection', { title: section.title })}
          className="hover:bg-muted focus-visible:outline-ring text-muted-foreground cursor-grab touch-none rounded p-1 focus-visible:outline-2"
        >
          <GripVertical className="size-4" aria-hidden />
        </button>
        {renaming ? (
          <form
            className="flex flex-1 gap-2"
            action={(fd) => {
              const title = formText(fd, 'title');
              if (title) on.rename(section.id, title);
              setRenaming(false);
            }}
          >
            <label htmlFor={`rename-${section.id}`} className="sr-only">
              {t('sectionTitle')}
            </label>
            <Input
              id={`rename-${section.id}`}
              name="title"
              defaultValue={section.title}
              maxLength={120}
              autoFocus
              required
            />
            <Button type="submit" size="sm">
              {t('save')}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setRenaming(false)}>
              {t('cancel')}
            </Button>
          </form>
        ) : (
          <>
            <h2 id={headingId} className="min-w-0 flex-1 truncate font-semibold">
              <span className="text-muted-foreground mr-2 text-sm font-normal">
                {t('sectionNumber', { n: index + 1 })}
              </span>
              {section.title}
            </h2>
            <Button type="button" variant="ghost" size="sm" onClick={() => setRenaming(true)}>
              {t('rename')}
              <span className="sr-only">{section.title}</span>
            </Button>
            <CurriculumConfirm
              trigger={
                <Button type="button" variant="ghost" size="sm">
                  <Trash2 aria-hidden />
                  <span className="sr-only">
                    {t('deleteSectionLabel', { title: section.title })}
                  </span>
                </Button>
              }
              title={t('deleteSectionTitle', { title: section.title })}
              description={t('deleteSectionBody', { count: section.lessons.length })}
              confirmLabel={t('delete')}
              onConfirm={() => on.remove(section.id)}
            />
          </>
        )}
      </div>
      <SortableContext
        items={section.lessons.map((l) => l.id)}
        strategy={verticalListSortingStrategy}
      >
        {section.lessons.length === 0 ? (
          <p className="text-muted-foreground rounded-md border border-dashed p-3 text-sm">
            {t('emptySection')}
          </p>
        ) : (
          <ol className="grid gap-2" aria-label={t('lessonsOf', { title: section.title })}>
            {section.lessons.map((lesson) => (
              <CurriculumLessonRow
                key={lesson.id}
                lesson={lesson}
                onEdit={() => on.editLesson(lesson.id)}
                onDelete={() => on.removeLesson(lesson.id)}
              />
            ))}
          </ol>
        )}
      </SortableContext>
      <form
        className="flex flex-wrap items-end gap-2"
        action={(fd) => {
          const title = formText(fd, 'title');
          const kind = formText(fd, 'kind') as LessonKind;
          if (title && LESSON_KINDS.includes(kind)) on.addLesson(section.id, title, kind);
        }}
      >
        <div className="grid min-w-48 flex-1 gap-1">
          <label htmlFor={`new-lesson-${section.id}`} className="text-xs font-medium">
            {t('newLesson')}
          </label>
          <Input id={`new-lesson-${section.id}`} name="title" maxLength={120} required />
        </div>
        <div className="grid gap-1">
          <label htmlFor={`new-kind-${section.id}`} className="text-xs font-medium">
            {t('kind')}
          </label>
          <Select id={`new-kind-${section.id}`} name="kind" defaultValue="article">
            {LESSON_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="outline">
          <Plus aria-hidden />
          {t('addLesson')}
        </Button>
      </form>
    </li>
  );
}
