'use client';

import { useState } from 'react';

import { useTranslations } from 'next-intl';

import { MarkdownContent } from '@/components/markdown';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/textarea';

/**
 * A markdown textarea with a Write / Preview switch (toggle buttons). The textarea stays mounted (hidden on the
 * preview tab) so the form still submits it; the preview renders exactly as learners will see it.
 */
export function CourseMarkdownField({
  id,
  name,
  label,
  value,
  defaultValue,
  onChange,
  describedBy,
  invalid,
  maxLength,
  rows = 10,
}: {
  id: string;
  name?: string;
  label: string;
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  describedBy?: string;
  invalid?: boolean;
  maxLength?: number;
  rows?: number;
}) {
  const t = useTranslations('StudioBuilder.markdown');
  const [local, setLocal] = useState(defaultValue ?? '');
  const text = value ?? local;
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  return (
    <div className="grid gap-1.5">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <div role="group" aria-label={t('mode', { label })} className="flex gap-1">
          {(['write', 'preview'] as const).map((mode) => (
            <Button
              key={mode}
              type="button"
              size="sm"
              variant={tab === mode ? 'secondary' : 'ghost'}
              aria-pressed={tab === mode}
              onClick={() => setTab(mode)}
            >
              {t(mode)}
            </Button>
          ))}
        </div>
      </div>
      <Textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        value={text}
        hidden={tab === 'preview'}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        onChange={(e) => {
          setLocal(e.target.value);
          onChange?.(e.target.value);
        }}
        className="font-mono text-sm"
      />
      {tab === 'preview' ? (
        <div className="bg-background min-h-32 rounded-md border p-4" aria-live="polite">
          {text.trim() ? (
            <MarkdownContent source={text} />
          ) : (
            <p className="text-muted-foreground text-sm">{t('empty')}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
