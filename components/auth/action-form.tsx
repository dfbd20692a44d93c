'use client';

import { useActionState } from 'react';

import { clsx } from 'clsx';
import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

export type FieldSpec = {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'file' | 'textarea' | 'select' | 'checkbox' | 'hidden';
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  options?: { value: string; label: string }[];
  accept?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  required?: boolean;
  maxLength?: number;
};

/** Translates a message key from an action result; plain text passes through. */
export function useMessage() {
  const t = useTranslations();
  return (key: string | undefined, values: Record<string, string | number> = {}) => {
    if (!key) return undefined;
    return /^[A-Z][A-Za-z]+\.[\w.]+$/.test(key) && t.has(key) ? t(key, values) : key;
  };
}

/**
 * One form on a server action (STYLE §4): useActionState, works without JavaScript, field errors
 * under each input via aria-describedby, the form error in one role="alert" region, success in a
 * polite status region. Submitted non-secret values are restored after React resets the form.
 */
export function ActionForm<T>({
  action,
  fields,
  submitLabel,
  pendingLabel,
  variant = 'default',
  className,
  successSlot,
}: {
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel?: string;
  variant?: 'default' | 'destructive' | 'outline';
  className?: string;
  successSlot?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState as ActionState<T>);
  const msg = useMessage();
  const failed = state.ok === false ? state : null;
  const values = failed?.values ?? {};
  const hasFile = fields.some((f) => f.type === 'file');
  const fieldError = (name: string) => {
    const list = failed?.fieldErrors?.[name];
    return list?.length ? list.map((k) => msg(k)).join(' ') : undefined;
  };
  return (
    <form
      action={formAction}
      className={clsx('grid gap-4', className)}
      encType={hasFile ? 'multipart/form-data' : undefined}
      noValidate
    >
      {failed?.formError ? (
        <Alert variant="destructive">
          {msg(failed.formError, { seconds: failed.retryAfter ?? 0 })}
        </Alert>
      ) : null}
      {state.ok === true && state.message ? (
        <Alert variant="success" role="status">
          {msg(state.message)}
          {successSlot}
        </Alert>
      ) : null}
      {fields.map((f) => {
        const value = values[f.name] ?? f.defaultValue;
        if (f.type === 'hidden')
          return <input key={f.name} type="hidden" name={f.name} value={f.defaultValue ?? ''} />;
        if (f.type === 'checkbox') {
          const error = fieldError(f.name);
          return (
            <div key={f.name} className="grid gap-1.5">
              <label className="flex items-start gap-2 text-sm">
                <Checkbox
                  name={f.name}
                  aria-describedby={error ? `${f.name}-error` : undefined}
                  aria-invalid={error ? true : undefined}
                  className="mt-0.5"
                />
                <span>{f.label}</span>
              </label>
              {error ? (
                <p id={`${f.name}-error`} className="text-destructive text-xs font-medium">
                  {error}
                </p>
              ) : null}
            </div>
          );
        }
        return (
          <FormField
            key={f.name}
            id={`field-${f.name}`}
            label={f.label}
            hint={f.hint}
            error={fieldError(f.name)}
          >
            {(control) =>
              f.type === 'textarea' ? (
                <Textarea
                  {...control}
                  name={f.name}
                  defaultValue={value}
                  maxLength={f.maxLength}
                  rows={5}
                />
              ) : f.type === 'select' ? (
                <Select {...control} name={f.name} defaultValue={value}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              ) : (
                <Input
                  {...control}
                  name={f.name}
                  type={f.type ?? 'text'}
                  autoComplete={f.autoComplete}
                  defaultValue={f.type === 'password' || f.type === 'file' ? undefined : value}
                  accept={f.accept}
                  inputMode={f.inputMode}
                  required={f.required}
                  maxLength={f.maxLength}
                />
              )
            }
          </FormField>
        );
      })}
      <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
        {pending ? (pendingLabel ?? submitLabel) : submitLabel}
      </Button>
    </form>
  );
}
