'use client';

import { useState } from 'react';

import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ActionState } from '@/lib/actions/action-state';
import { loadCurriculumAction } from '@/lib/actions/studio/load-curriculum';
import type { Curriculum } from '@/lib/data/studio-curriculum';
import { queryKeys } from '@/lib/query-keys';

type CurriculumAction = (
  prev: ActionState<Curriculum> | undefined,
  input: unknown,
) => Promise<ActionState<Curriculum>>;

export type MutationFailure = { code?: string; key: string };

export class CurriculumError extends Error {
  constructor(readonly failure: MutationFailure) {
    super(failure.key);
  }
}

/** The builder's query function: a server action, so the DAL decides what the viewer may read. */
export async function fetchCurriculum(courseId: string): Promise<Curriculum> {
  const res = await loadCurriculumAction(undefined, { courseId });
  if (res.ok !== true || !res.data) {
    throw new CurriculumError({ key: (res.ok === false && res.formError) || 'Errors.generic' });
  }
  return res.data;
}

/**
 * Every curriculum write goes through here: applied optimistically, sent with the version the
 * cache holds when its turn comes (writes of one course run one after another, `scope`), replaced
 * by the server's curriculum on success, rolled back with a visible message on error.
 */
export function useCurriculumMutation(courseId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.studio.curriculum(courseId);
  const [failure, setFailure] = useState<MutationFailure | null>(null);

  const mutation = useMutation({
    scope: { id: `curriculum-${courseId}` },
    mutationFn: async (vars: {
      action: CurriculumAction;
      input: Record<string, unknown>;
      optimistic?: (c: Curriculum) => Curriculum;
    }) => {
      const version = queryClient.getQueryData<Curriculum>(key)?.version ?? 0;
      const res = await vars.action(undefined, { ...vars.input, courseId, version });
      if (res.ok === true && res.data) return res.data;
      const failed = res.ok === false ? res : null;
      const fieldKey = failed?.fieldErrors ? Object.values(failed.fieldErrors)[0]?.[0] : undefined;
      throw new CurriculumError({
        code: failed?.code,
        key: fieldKey ?? failed?.formError ?? 'Errors.generic',
      });
    },
    onMutate: async (vars) => {
      setFailure(null);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Curriculum>(key);
      if (previous && vars.optimistic) {
        // Keep the version: the server, not the client, moves it forward.
        queryClient.setQueryData<Curriculum>(key, {
          ...vars.optimistic(previous),
          version: previous.version,
        });
      }
      return { previous };
    },
    onError: (err, _vars, result) => {
      if (result?.previous) queryClient.setQueryData(key, result.previous);
      setFailure(err instanceof CurriculumError ? err.failure : { key: 'Errors.generic' });
    },
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });

  return {
    run: (
      action: CurriculumAction,
      input: Record<string, unknown>,
      optimistic?: (c: Curriculum) => Curriculum,
    ) =>
      mutation.mutateAsync({ action, input, optimistic }).then(
        () => true,
        () => false,
      ),
    pending: mutation.isPending,
    /** The last write was stored (and none is waiting). */
    saved: mutation.isSuccess,
    failure,
    clearFailure: () => setFailure(null),
    reload: async () => {
      setFailure(null);
      await queryClient.invalidateQueries({ queryKey: key });
    },
  };
}
