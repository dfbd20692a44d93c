'use client';

import { useActionState, useId } from 'react';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/textarea';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

type FormAction = (prev: ActionState, data: FormData) => Promise<ActionState>;

function Feedback({ state }: { state: ActionState }) {
  const t = useTranslations();
  if (state.ok === false)
    return (
      <p role="alert" className="text-destructive text-xs font-medium">
        {t(state.formError ?? 'Errors.generic', { seconds: state.retryAfter ?? 0 })}
      </p>
    );
  if (state.ok === true && state.message)
    return (
      <p role="status" className="text-success text-xs font-medium">
        {t(state.message)}
      </p>
    );
  return null;
}

/** A markdown text box on a server action (question, answer or edit); a plain post without JavaScript. */
export function QaTextForm({
  action,
  hidden,
  label,
  submitLabel,
  defaultValue,
  rows = 3,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
  submitLabel: string;
  defaultValue?: string;
  rows?: number;
}) {
  const t = useTranslations('Learn.qa');
  const id = useId();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="grid gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <Textarea
        id={id}
        name="body"
        rows={rows}
        maxLength={5000}
        required
        defaultValue={state.ok === false ? (state.values?.body ?? defaultValue) : defaultValue}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="text-muted-foreground text-xs">
        {t('markdownHint')}
      </p>
      <Feedback state={state} />
      <Button type="submit" size="sm" className="w-fit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}

/** One-button form (delete, report). */
export function QaButtonForm({
  action,
  hidden,
  label,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  if (state.ok === true) return <Feedback state={state} />;
  return (
    <form action={formAction}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button
        type="submit"
        variant="link"
        size="sm"
        className="h-auto px-0 text-xs"
        disabled={pending}
      >
        {label}
      </Button>
      <Feedback state={state} />
    </form>
  );
}
