'use client';

import { useActionState, useEffect, useRef, useState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { COURSE_LANGUAGES, COURSE_LEVELS } from '@/db/schema/catalog';
import { initialActionState } from '@/lib/actions/action-state';
import { updateCourseEditorAction } from '@/lib/actions/studio/update-course-editor';
import type { CourseEditorDto } from '@/lib/data/studio-course-editor';

import { CourseMarkdownField } from './course-markdown-field';
import { CourseSuggestions } from './course-suggestions';

type Option = { value: string; label: string };

/**
 * The course editor: explicit save, a visible "unsaved changes" state and a beforeunload warning
 * while there are edits; every field error from the server under its field.
 */
export function CourseEditorForm({
  course,
  categories,
  coverSlot,
}: {
  course: CourseEditorDto;
  categories: Option[];
  /** The cover editor (components/studio/cover-upload.tsx), shown between the text fields and the selects. */
  coverSlot?: React.ReactNode;
}) {
  const t = useTranslations('StudioBuilder.editor');
  const td = useTranslations('Studio.CourseDetails');
  const msg = useMessage();
  const [state, formAction, pending] = useActionState(updateCourseEditorAction, initialActionState);
  // The action result current at the last edit: edits are saved once a later result is a success.
  const [editedAt, setEditedAt] = useState<object | null>(null);
  const dirty = editedAt !== null && (state === editedAt || state.ok !== true);
  const formRef = useRef<HTMLFormElement>(null);
  const field = (name: string) =>
    formRef.current?.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const read = (name: string) => field(name)?.value ?? '';
  const [draft, setDraft] = useState(() => ({
    title: course.title,
    subtitle: course.subtitle,
    description: course.description,
    tags: course.tags.join(', '),
    categoryId: course.categoryId,
  }));
  const readDraft = () =>
    setDraft({
      title: read('title'),
      subtitle: read('subtitle'),
      description: read('description'),
      tags: read('tags'),
      categoryId: read('categoryId'),
    });
  const markDirty = () => {
    setEditedAt(state);
    readDraft();
  };
  const setField = (name: string, value: string) => {
    const el = field(name);
    if (!el) return;
    el.value = value;
    markDirty();
  };
  const failed = state.ok === false ? state : null;
  const v = (name: keyof CourseEditorDto, fallback: string) => failed?.values?.[name] ?? fallback;
  const err = (name: string) => {
    const list = failed?.fieldErrors?.[name];
    return list?.length ? list.map((k) => msg(k)).join(' ') : undefined;
  };

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const text = (
    name: keyof CourseEditorDto,
    label: string,
    value: string,
    max: number,
    hint?: string,
  ) => (
    <FormField id={`editor-${name}`} label={label} hint={hint} error={err(name)}>
      {(c) => <Input {...c} name={name} defaultValue={v(name, value)} maxLength={max} />}
    </FormField>
  );
  const lines = (name: keyof CourseEditorDto, label: string, value: string, hint: string) => (
    <FormField id={`editor-${name}`} label={label} hint={hint} error={err(name)}>
      {(c) => (
        <Textarea {...c} name={name} defaultValue={v(name, value)} rows={4} maxLength={5000} />
      )}
    </FormField>
  );
  const select = (name: keyof CourseEditorDto, label: string, value: string, options: Option[]) => (
    <FormField id={`editor-${name}`} label={label} error={err(name)}>
      {(c) => (
        <Select {...c} name={name} defaultValue={v(name, value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );

  return (
    <form
      ref={formRef}
      action={formAction}
      onChange={markDirty}
      className="grid gap-5"
      noValidate
      aria-describedby="editor-save-state"
    >
      <input type="hidden" name="courseId" value={course.id} />
      {failed?.formError && !failed.fieldErrors ? (
        <Alert variant="destructive">{msg(failed.formError)}</Alert>
      ) : failed?.fieldErrors ? (
        <Alert variant="destructive">{t('fixErrors')}</Alert>
      ) : null}
      {state.ok === true && !dirty ? (
        <Alert variant="success" role="status">
          {msg(state.message)}
        </Alert>
      ) : null}
      {text('title', td('courseTitle'), course.title, 120)}
      {text('slug', t('slug'), course.slug, 120, t('slugHint'))}
      {text('subtitle', td('subtitle'), course.subtitle, 200)}
      <div className="grid gap-1.5">
        <CourseMarkdownField
          id="editor-description"
          name="description"
          label={td('descriptionField')}
          defaultValue={v('description', course.description)}
          maxLength={20000}
          describedBy="editor-description-hint"
          invalid={!!err('description')}
          onChange={markDirty}
        />
        <p id="editor-description-hint" className="text-muted-foreground text-xs">
          {err('description') ?? t('descriptionHint')}
        </p>
      </div>
      <CourseSuggestions
        courseId={course.id}
        {...draft}
        onCategory={(id) => setField('categoryId', id)}
        onTag={(name) => {
          const current = read('tags')
            .trim()
            .replace(/[,，]$/, '');
          setField('tags', current ? `${current}, ${name}` : name);
        }}
      />
      {coverSlot ? <div className="grid gap-1.5">{coverSlot}</div> : null}
      <div className="grid gap-5 sm:grid-cols-3">
        {select('categoryId', t('category'), course.categoryId, categories)}
        {select(
          'level',
          td('level'),
          course.level,
          COURSE_LEVELS.map((l) => ({ value: l, label: td(`levels.${l}`) })),
        )}
        {select(
          'language',
          td('language'),
          course.language,
          COURSE_LANGUAGES.map((l) => ({ value: l, label: td(`languages.${l}`) })),
        )}
      </div>
      {text('tags', t('tags'), course.tags.join(', '), 700, t('tagsHint'))}
      {lines('outcomes', t('outcomes'), course.outcomes, t('onePerLine'))}
      {lines('requirements', t('requirements'), course.requirements, t('onePerLine'))}
      <div className="bg-background/95 sticky bottom-0 flex items-center gap-3 border-t py-3">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
        <span id="editor-save-state" aria-live="polite" className="text-sm">
          {dirty ? <Badge variant="warning">{t('unsaved')}</Badge> : t('allSaved')}
        </span>
      </div>
    </form>
  );
}
