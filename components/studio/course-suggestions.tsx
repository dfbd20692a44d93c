'use client';

import { useEffect, useState } from 'react';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Button } from '@/components/ui/button';
import { Plus } from '@/components/ui/icons';
import { suggestCourseMetadataAction } from '@/lib/actions/studio/suggest-course-metadata';
import type { CourseSuggestions as Suggestions } from '@/lib/data/studio-suggest';
import { queryKeys } from '@/lib/query-keys';

/** Below this many characters of description there is too little to go on. */
const MIN_TEXT = 20;
const DEBOUNCE_MS = 600;

class SuggestError extends Error {
  constructor(
    key: string,
    readonly retryAfter = 60,
  ) {
    super(key);
  }
}

async function fetchSuggestions(courseId: string, text: string, tags: string) {
  const res = await suggestCourseMetadataAction(undefined, { courseId, text, tags });
  if (res.ok !== true || !res.data) {
    const failed = res.ok === false ? res : null;
    throw new SuggestError(failed?.formError || 'Errors.generic', failed?.retryAfter);
  }
  return res.data;
}

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return current;
}

/**
 * Category and tag suggestions for the draft as the creator writes it (the catalogue's kNN
 * suggester). A click fills the form field; saving stays explicit.
 */
export function CourseSuggestions({
  courseId,
  title,
  subtitle,
  description,
  tags,
  categoryId,
  onCategory,
  onTag,
}: {
  courseId: string;
  title: string;
  subtitle: string;
  description: string;
  /** The tags field as typed (comma separated). */
  tags: string;
  categoryId: string;
  onCategory: (id: string) => void;
  onTag: (name: string) => void;
}) {
  const t = useTranslations('StudioSuggest');
  const msg = useMessage();
  // Primitives only: a fresh object each render would restart the timer for ever.
  const draft = {
    text: useDebounced([title, subtitle, description].join('\n').trim(), DEBOUNCE_MS),
    tags: useDebounced(tags, DEBOUNCE_MS),
  };
  const enabled = useDebounced(description.trim().length >= MIN_TEXT, DEBOUNCE_MS);
  // What a click changed is announced until the creator writes on.
  const [applied, setApplied] = useState({ message: '', text: '' });
  const query = useQuery<Suggestions, SuggestError>({
    queryKey: queryKeys.studio.suggest(courseId, draft.text, draft.tags),
    queryFn: () => fetchSuggestions(courseId, draft.text, draft.tags),
    enabled,
    staleTime: 5 * 60_000,
    retry: false,
    placeholderData: keepPreviousData,
  });
  const data = enabled ? query.data : undefined;

  let status: string;
  if (!enabled) status = t('hint');
  else if (query.isError)
    status = msg(query.error.message, { seconds: query.error.retryAfter }) ?? t('error');
  else if (!data) status = t('loading');
  else if (!data.model) status = t('noModel');
  else if (data.categories.length === 0 && data.tags.length === 0) status = t('empty');
  else status = query.isFetching ? t('updating') : '';

  return (
    <section
      aria-labelledby="course-suggest-title"
      className="bg-muted/40 grid gap-2 rounded-md border p-3"
    >
      <h3 id="course-suggest-title" className="text-sm font-medium">
        {t('title')}
      </h3>
      <p role="status" aria-live="polite" className="text-muted-foreground text-xs">
        {applied.message && applied.text === draft.text ? applied.message : status}
      </p>
      {query.isError && enabled ? (
        <div>
          <Button type="button" size="sm" variant="outline" onClick={() => void query.refetch()}>
            {t('retry')}
          </Button>
        </div>
      ) : null}
      {data?.categories.length ? (
        <div role="group" aria-label={t('categories')} className="flex flex-wrap gap-2">
          {data.categories.map((c) => (
            <Button
              key={c.id}
              type="button"
              size="sm"
              variant={c.id === categoryId ? 'secondary' : 'outline'}
              aria-pressed={c.id === categoryId}
              onClick={() => {
                onCategory(c.id);
                setApplied({ message: t('appliedCategory', { name: c.name }), text: draft.text });
              }}
            >
              {t('categoryChip', { name: c.name, percent: c.percent })}
              <span className="sr-only">{t('applyCategory')}</span>
            </Button>
          ))}
        </div>
      ) : null}
      {data?.tags.length ? (
        <div role="group" aria-label={t('tags')} className="flex flex-wrap gap-2">
          {data.tags.map((name) => (
            <Button
              key={name}
              type="button"
              size="sm"
              variant="outline"
              aria-label={t('addTag', { name })}
              onClick={() => {
                onTag(name);
                setApplied({ message: t('appliedTag', { name }), text: draft.text });
              }}
            >
              <Plus aria-hidden className="size-3" />
              {name}
            </Button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
