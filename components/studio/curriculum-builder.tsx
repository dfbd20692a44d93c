'use client';

import { useState } from 'react';

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Plus } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { addLessonAction } from '@/lib/actions/studio/add-lesson';
import { addSectionAction } from '@/lib/actions/studio/add-section';
import { deleteLessonAction } from '@/lib/actions/studio/delete-lesson';
import { deleteSectionAction } from '@/lib/actions/studio/delete-section';
import { attachLessonMediaAction } from '@/lib/actions/studio/attach-lesson-media';
import { detachLessonMediaAction } from '@/lib/actions/studio/detach-lesson-media';
import { renameSectionAction } from '@/lib/actions/studio/rename-section';
import { reorderCurriculumAction } from '@/lib/actions/studio/reorder-curriculum';
import { updateLessonAction } from '@/lib/actions/studio/update-lesson';
import type { Curriculum, CurriculumLesson } from '@/lib/data/studio-curriculum';
import { queryKeys } from '@/lib/query-keys';

import { useCurriculumAnnouncements } from './curriculum-announcements';
import { fetchCurriculum, useCurriculumMutation } from './curriculum-mutation';
import { CurriculumLessonEditor } from './curriculum-lesson-editor';
import { MediaUpload } from './media-upload';
import { formText, moveLesson, moveSection, sectionOfLesson, toOrder } from './curriculum-order';
import { CurriculumSection, type SectionHandlers } from './curriculum-section';

/**
 * The curriculum builder: sections and lessons, reordered by drag and drop or keyboard (space to
 * lift, arrows to move, space to drop), every change optimistic and rolled back on error.
 */
export function CurriculumBuilder({
  courseId,
  initial,
}: {
  courseId: string;
  initial: Curriculum;
}) {
  const t = useTranslations('StudioBuilder.curriculum');
  const msg = useMessage();
  const { data = initial } = useQuery({
    queryKey: queryKeys.studio.curriculum(courseId),
    queryFn: () => fetchCurriculum(courseId),
    initialData: initial,
  });
  const m = useCurriculumMutation(courseId);
  const [editing, setEditing] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements = useCurriculumAnnouncements(data);
  const sectionIds = new Set(data.sections.map((s) => s.id));

  // Sections only land on sections; lessons on lessons, or on an empty section.
  const collision: CollisionDetection = (args) => {
    const lifting = (args.active.data.current as { type?: string } | undefined)?.type;
    const droppableContainers = args.droppableContainers.filter((c) => {
      const id = String(c.id);
      if (lifting === 'section') return sectionIds.has(id);
      if (!sectionIds.has(id)) return true;
      return data.sections.find((s) => s.id === id)?.lessons.length === 0;
    });
    return closestCenter({ ...args, droppableContainers });
  };

  const reorder = (next: Curriculum) =>
    void m.run(reorderCurriculumAction, { sections: toOrder(next) }, () => next);

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const activeId = String(active.id);
    const overId = String(over.id);
    if (sectionIds.has(activeId)) {
      const to = data.sections.findIndex((s) => s.id === overId);
      return reorder(moveSection(data, activeId, to));
    }
    const target = sectionIds.has(overId)
      ? data.sections.find((s) => s.id === overId)
      : sectionOfLesson(data, overId);
    if (!target) return;
    const index = sectionIds.has(overId) ? 0 : target.lessons.findIndex((l) => l.id === overId);
    reorder(moveLesson(data, activeId, target.id, index));
  }

  const on: SectionHandlers = {
    rename: (sectionId, title) =>
      void m.run(renameSectionAction, { sectionId, title }, (c) => ({
        ...c,
        sections: c.sections.map((s) => (s.id === sectionId ? { ...s, title } : s)),
      })),
    remove: (sectionId) =>
      void m.run(deleteSectionAction, { sectionId }, (c) => ({
        ...c,
        sections: c.sections.filter((s) => s.id !== sectionId),
      })),
    addLesson: (sectionId, title, kind) => void m.run(addLessonAction, { sectionId, title, kind }),
    editLesson: setEditing,
    removeLesson: (lessonId) =>
      void m.run(deleteLessonAction, { lessonId }, (c) => ({
        ...c,
        sections: c.sections.map((s) => ({
          ...s,
          lessons: s.lessons.filter((l) => l.id !== lessonId),
        })),
      })),
  };

  const editingLesson = editing
    ? data.sections.flatMap((s) => s.lessons).find((l) => l.id === editing)
    : undefined;

  return (
    <div className="grid gap-4">
      {m.failure ? (
        <Alert variant="destructive">
          <p>{msg(m.failure.key)}</p>
          {m.failure.code === 'CONFLICT' ? (
            <Button
              type="button"
              size="sm"
              variant="outline"
              className="w-fit"
              onClick={() => void m.reload()}
            >
              {t('reload')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      <p className="text-muted-foreground text-sm" id="curriculum-help">
        {t('help')}
      </p>
      <p role="status" className="text-muted-foreground min-h-5 text-sm">
        {m.pending ? t('saving') : m.saved ? t('allSaved') : null}
      </p>
      {data.sections.length === 0 ? (
        <EmptyState title={t('empty.title')} description={t('empty.description')} />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={collision}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t('sr.instructions') },
          }}
        >
          <SortableContext
            items={data.sections.map((s) => s.id)}
            strategy={verticalListSortingStrategy}
          >
            <ol
              className="grid gap-4"
              aria-label={t('sectionsLabel')}
              aria-describedby="curriculum-help"
            >
              {data.sections.map((section, index) => (
                <CurriculumSection key={section.id} section={section} index={index} on={on} />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      <form
        className="flex flex-wrap items-end gap-2 rounded-lg border border-dashed p-3"
        action={(fd) => {
          const title = formText(fd, 'title');
          if (title) void m.run(addSectionAction, { title });
        }}
      >
        <div className="grid min-w-56 flex-1 gap-1">
          <label htmlFor="new-section" className="text-sm font-medium">
            {t('newSection')}
          </label>
          <Input id="new-section" name="title" maxLength={120} required />
        </div>
        <Button type="submit" disabled={m.pending}>
          <Plus aria-hidden />
          {t('addSection')}
        </Button>
      </form>
      {editingLesson ? (
        <CurriculumLessonEditor
          key={editingLesson.id}
          lesson={editingLesson}
          sections={data.sections}
          sectionId={sectionOfLesson(data, editingLesson.id)?.id ?? ''}
          renderUpload={(lesson: CurriculumLesson) =>
            lesson.kind === 'article' ? null : (
              // A finished upload is attached at once; the server checks owner, kind and status.
              <MediaUpload
                kind={lesson.kind}
                courseId={courseId}
                onUploaded={(asset) =>
                  void m.run(attachLessonMediaAction, { lessonId: lesson.id, mediaId: asset.id })
                }
              />
            )
          }
          onClose={() => setEditing(null)}
          onSave={(edit) =>
            m.run(updateLessonAction, { lessonId: editingLesson.id, ...edit }, (c) => ({
              ...c,
              sections: c.sections.map((s) => ({
                ...s,
                lessons: s.lessons.map((l) => (l.id === editingLesson.id ? { ...l, ...edit } : l)),
              })),
            }))
          }
          onMove={(to) => {
            const target = data.sections.find((s) => s.id === to);
            if (target) reorder(moveLesson(data, editingLesson.id, to, target.lessons.length));
          }}
          onDetach={() => void m.run(detachLessonMediaAction, { lessonId: editingLesson.id })}
        />
      ) : null}
    </div>
  );
}
