import type { ActionState } from '@/lib/actions/safe-action';

export function formData(values: Record<string, string | Blob>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

export type ActionOutcome = { state?: ActionState<unknown>; redirect?: string };

/** Runs a server action the way a form post would; Next's redirect (a throw) becomes `redirect`. */
export async function runAction(
  fn: (prev: ActionState<never> | undefined, input: unknown) => Promise<ActionState<unknown>>,
  input: Record<string, string | Blob> | FormData | object = {},
): Promise<ActionOutcome> {
  const payload = input instanceof FormData ? input : isStringMap(input) ? formData(input) : input;
  try {
    return { state: await fn(undefined, payload) };
  } catch (err) {
    const digest = (err as { digest?: unknown })?.digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) {
      return { redirect: digest.split(';')[2] };
    }
    throw err;
  }
}

function isStringMap(v: object): v is Record<string, string | Blob> {
  return Object.values(v).every((x) => typeof x === 'string' || x instanceof Blob);
}
