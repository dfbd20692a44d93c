'use client';

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslations } from 'next-intl';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { GripVertical, Pencil, Trash2 } from '@/components/ui/icons';
import type { CurriculumLesson } from '@/lib/data/studio-curriculum';
import { cn } from '@/lib/utils';

import { CurriculumConfirm } from './curriculum-confirm';
import { formatDuration } from './curriculum-order';

/** One lesson: a drag handle (pointer or keyboard), its facts, edit and delete. */
export function CurriculumLessonRow({
  lesson,
  onEdit,
  onDelete,
}: {
  lesson: CurriculumLesson;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations('StudioBuilder.curriculum');
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: lesson.id, data: { type: 'lesson' } });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={cn(
        'bg-background flex flex-wrap items-center gap-2 rounded-md border px-2 py-2',
        isDragging && 'ring-primary relative z-10 opacity-80 ring-2',
      )}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={t('dragLesson', { title: lesson.title })}
        className="hover:bg-muted focus-visible:outline-ring text-muted-foreground cursor-grab touch-none rounded p-1 focus-visible:outline-2"
      >
        <GripVertical className="size-4" aria-hidden />
      </button>
      <span className="min-w-0 flex-1 truncate text-sm font-medium">{lesson.title}</span>
      <Badge variant="outline">{t(`kinds.${lesson.kind}`)}</Badge>
      {lesson.isPreview ? <Badge variant="success">{t('preview')}</Badge> : null}
      {lesson.durationSec > 0 ? (
        <span className="text-muted-foreground text-xs tabular-nums">
          {formatDuration(lesson.durationSec)}
        </span>
      ) : null}
      <Button type="button" variant="ghost" size="sm" onClick={onEdit}>
        <Pencil aria-hidden />
        <span className="sr-only sm:not-sr-only">{t('edit')}</span>
        <span className="sr-only">{lesson.title}</span>
      </Button>
      <CurriculumConfirm
        trigger={
          <Button type="button" variant="ghost" size="sm">
            <Trash2 aria-hidden />
            <span className="sr-only">{t('deleteLessonLabel', { title: lesson.title })}</span>
          </Button>
        }
        title={t('deleteLessonTitle', { title: lesson.title })}
        description={t('deleteLessonBody')}
        confirmLabel={t('delete')}
        onConfirm={onDelete}
      />
    </li>
  );
}
