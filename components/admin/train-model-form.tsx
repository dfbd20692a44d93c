'use client';

import { useActionState } from 'react';

import { useMessage } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

type Built = { version: number };
type TrainAction<T extends Built> = (
  prev: ActionState<T>,
  formData: FormData,
) => Promise<ActionState<T>>;

/**
 * "Build a new version now" for one model on /admin/models. The action re-checks the admin role
 * (ACCESS-4) and refreshes the page; the answer names the new version or why there is none.
 */
export function TrainModelForm<T extends Built>({
  action,
  label,
  pendingLabel,
}: {
  action: TrainAction<T>;
  label: string;
  pendingLabel: string;
}) {
  const msg = useMessage();
  const [state, formAction, pending] = useActionState(action, initialActionState as ActionState<T>);
  return (
    <form action={formAction} className="grid gap-3">
      <Button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="justify-self-start"
      >
        {pending ? pendingLabel : label}
      </Button>
      {state.ok === true && state.data ? (
        <Alert variant="success" role="status">
          {msg(state.message, { version: state.data.version })}
        </Alert>
      ) : null}
      {state.ok === false ? (
        <Alert variant="destructive">
          {msg(state.formError ?? 'Errors.generic', { seconds: state.retryAfter ?? 0 })}
        </Alert>
      ) : null}
    </form>
  );
}
