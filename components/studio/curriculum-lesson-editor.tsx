'use client';

import { useState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import type { CurriculumLesson, CurriculumSection } from '@/lib/data/studio-curriculum';
import { MAX_CAPTIONS_BYTES } from '@/lib/validation/studio-curriculum';

import { CourseMarkdownField } from './course-markdown-field';
import { formatDuration } from './curriculum-order';

export type LessonEdit = Pick<CurriculumLesson, 'title' | 'isPreview' | 'body' | 'captionsVtt'>;

/**
 * Edits one lesson in a dialog: title, free preview, markdown body (the article, or notes under a
 * media lesson), WebVTT captions for video and audio (pasted or read from a .vtt file; the server
 * validates them), the attached file, and which section it sits in.
 */
export function CurriculumLessonEditor({
  lesson,
  sections,
  sectionId,
  onClose,
  onSave,
  onMove,
  onDetach,
  renderUpload,
}: {
  lesson: CurriculumLesson;
  sections: CurriculumSection[];
  sectionId: string;
  onClose: () => void;
  onSave: (edit: LessonEdit) => Promise<boolean>;
  onMove: (toSectionId: string) => void;
  onDetach: () => void;
  /** Integrator: render <MediaUpload kind=… courseId=… onUploaded=…> here (another helper's widget). */
  renderUpload?: (lesson: CurriculumLesson) => React.ReactNode;
}) {
  const t = useTranslations('StudioBuilder.curriculum');
  const msg = useMessage();
  const [edit, setEdit] = useState<LessonEdit>({
    title: lesson.title,
    isPreview: lesson.isPreview,
    body: lesson.body,
    captionsVtt: lesson.captionsVtt,
  });
  const [fileError, setFileError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const takesCaptions = lesson.kind === 'video' || lesson.kind === 'audio';
  const takesMedia = lesson.kind !== 'article';

  async function readVtt(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_CAPTIONS_BYTES)
      return setFileError('StudioBuilder.errors.captionsTooLarge');
    const text = await file.text();
    if (!/^\uFEFF?WEBVTT/.test(text)) return setFileError('StudioBuilder.errors.captionsInvalid');
    setEdit((e) => ({ ...e, captionsVtt: text }));
  }

  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{t('editLessonTitle', { title: lesson.title })}</DialogTitle>
          <DialogDescription>{t(`kindHint.${lesson.kind}`)}</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          action={async () => {
            setSaving(true);
            const ok = await onSave(edit);
            setSaving(false);
            if (ok) onClose();
          }}
        >
          <FormField id="lesson-title" label={t('lessonTitle')}>
            {(c) => (
              <Input
                {...c}
                value={edit.title}
                maxLength={120}
                required
                onChange={(e) => setEdit({ ...edit, title: e.target.value })}
              />
            )}
          </FormField>
          <label className="flex items-center gap-2 text-sm">
            <Checkbox
              checked={edit.isPreview}
              onChange={(e) => setEdit({ ...edit, isPreview: e.target.checked })}
            />
            {t('freePreview')}
          </label>
          <FormField id="lesson-section" label={t('moveTo')}>
            {(c) => (
              <Select {...c} value={sectionId} onChange={(e) => onMove(e.target.value)}>
                {sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <CourseMarkdownField
            id="lesson-body"
            label={lesson.kind === 'article' ? t('article') : t('notes')}
            value={edit.body}
            onChange={(body) => setEdit({ ...edit, body })}
            maxLength={100_000}
            rows={12}
          />
          {takesMedia ? (
            <section aria-labelledby="lesson-media" className="grid gap-2 rounded-md border p-3">
              <h3 id="lesson-media" className="text-sm font-medium">
                {t('media')}
              </h3>
              {lesson.media ? (
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium break-all">{lesson.media.originalName}</span>
                  {lesson.media.durationSec ? (
                    <span className="text-muted-foreground tabular-nums">
                      {formatDuration(lesson.media.durationSec)}
                    </span>
                  ) : null}
                  <Button type="button" size="sm" variant="outline" onClick={onDetach}>
                    {t('detach')}
                  </Button>
                </div>
              ) : (
                <p className="text-muted-foreground text-sm">{t('noMedia')}</p>
              )}
              {renderUpload ? renderUpload(lesson) : null}
            </section>
          ) : null}
          {takesCaptions ? (
            <div className="grid gap-2">
              <FormField
                id="lesson-captions"
                label={t('captions')}
                hint={t('captionsHint')}
                error={fileError ? msg(fileError) : undefined}
              >
                {(c) => (
                  <Textarea
                    {...c}
                    value={edit.captionsVtt}
                    rows={5}
                    className="font-mono text-xs"
                    placeholder="WEBVTT"
                    onChange={(e) => setEdit({ ...edit, captionsVtt: e.target.value })}
                  />
                )}
              </FormField>
              <label className="text-sm">
                <span className="mr-2">{t('captionsFile')}</span>
                <input
                  type="file"
                  accept=".vtt,text/vtt"
                  className="text-sm"
                  onChange={(e) => void readVtt(e.target.files?.[0])}
                />
              </label>
            </div>
          ) : null}
          {fileError && !takesCaptions ? (
            <Alert variant="destructive">{msg(fileError)}</Alert>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button type="submit" disabled={saving}>
              {saving ? t('saving') : t('save')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
