'use client';

import { useActionState, useState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';
import { Archive, Copy } from '@/components/ui/icons';
import { initialActionState } from '@/lib/actions/action-state';
import { duplicateCourseAction } from '@/lib/actions/studio/duplicate-course';
import { moveCourseStatusAction } from '@/lib/actions/studio/move-course-status';
import type { CourseStatus } from '@/db/schema';

const ARCHIVABLE: CourseStatus[] = ['draft', 'published', 'rejected'];

/** Duplicate and archive for one row of the course table; archive asks first. */
export function CourseRowActions({
  courseId,
  title,
  status,
}: {
  courseId: string;
  title: string;
  status: CourseStatus;
}) {
  const t = useTranslations('StudioBuilder.list');
  const msg = useMessage();
  const [dupState, dupAction, dupPending] = useActionState(
    duplicateCourseAction,
    initialActionState,
  );
  const [archState, archAction, archPending] = useActionState(
    moveCourseStatusAction,
    initialActionState,
  );
  const [open, setOpen] = useState(false);
  const error =
    (dupState.ok === false && dupState.formError) ||
    (archState.ok === false && archState.formError);

  return (
    <div className="flex flex-wrap items-center justify-end gap-1">
      <form action={dupAction}>
        <input type="hidden" name="courseId" value={courseId} />
        <Button type="submit" variant="ghost" size="sm" disabled={dupPending}>
          <Copy aria-hidden />
          <span>{dupPending ? t('duplicating') : t('duplicate')}</span>
          <span className="sr-only">{title}</span>
        </Button>
      </form>
      {ARCHIVABLE.includes(status) ? (
        <Dialog open={open} onOpenChange={setOpen}>
          <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(true)}>
            <Archive aria-hidden />
            <span>{t('archive')}</span>
            <span className="sr-only">{title}</span>
          </Button>
          <DialogContent>
            <DialogHeader>
              <DialogTitle>{t('archiveTitle', { title })}</DialogTitle>
              <DialogDescription>{t('archiveBody')}</DialogDescription>
            </DialogHeader>
            <form action={archAction} onSubmit={() => setOpen(false)}>
              <input type="hidden" name="courseId" value={courseId} />
              <input type="hidden" name="move" value="archive" />
              <DialogFooter>
                <DialogClose asChild>
                  <Button type="button" variant="outline">
                    {t('cancel')}
                  </Button>
                </DialogClose>
                <Button type="submit" variant="destructive" disabled={archPending}>
                  {t('archiveConfirm')}
                </Button>
              </DialogFooter>
            </form>
          </DialogContent>
        </Dialog>
      ) : null}
      {error ? (
        <p role="alert" className="text-destructive w-full text-right text-xs">
          {msg(error)}
        </p>
      ) : null}
    </div>
  );
}
