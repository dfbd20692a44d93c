'use client';

import { useEffect, useId, useRef, useState } from 'react';

import { useTranslations } from 'next-intl';
import * as tus from 'tus-js-client';

import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import type { MediaKind } from '@/db/schema';
import { fetchUploadedAsset, tusOptions } from '@/lib/media/upload-browser';
import { UPLOAD_ACCEPT, UPLOAD_MAX_BYTES } from '@/lib/media/upload-limits';
import {
  formatBytes,
  formatClock,
  shouldRetryUpload,
  uploadErrorKey,
} from '@/lib/media/upload-messages';

export type UploadedAsset = { id: string; originalName: string; durationSec: number | null };

type Phase =
  | { name: 'idle' }
  | { name: 'uploading'; percent: number }
  | { name: 'paused'; percent: number }
  | { name: 'verifying' }
  | { name: 'done'; asset: UploadedAsset }
  | { name: 'error'; key: string; canResume: boolean };

/**
 * Resumable upload of one lesson file or image (tus, 8 MiB chunks): progress, pause, resume,
 * cancel, and resume after a reload when the same file is chosen again (the fingerprint is kept in
 * localStorage, scoped to the course and kind). Errors are the server's message keys, translated.
 */
export function MediaUpload({
  kind,
  courseId,
  onUploaded,
}: {
  kind: MediaKind;
  courseId: string;
  onUploaded: (asset: UploadedAsset) => void;
}) {
  const t = useTranslations();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const uploadRef = useRef<tus.Upload | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [fileName, setFileName] = useState('');
  const [resumed, setResumed] = useState(false);

  // Leaving the page pauses the transfer; the fingerprint lets it resume next time.
  useEffect(() => () => void uploadRef.current?.abort(), []);

  async function start(file: File) {
    setFileName(file.name);
    setResumed(false);
    const upload = new tus.Upload(
      file,
      tusOptions(kind, courseId, file, {
        onProgress: (sent, total) => {
          const percent = total ? Math.floor((sent / total) * 100) : 0;
          setPhase(sent === total ? { name: 'verifying' } : { name: 'uploading', percent });
        },
        onError: (err) => {
          const key = uploadErrorKey(err);
          setPhase({ name: 'error', key, canResume: shouldRetryUpload(err) });
        },
        onSuccess: () => {
          setPhase({ name: 'verifying' });
          fetchUploadedAsset(upload.url!)
            .then((asset) => {
              if (asset.status !== 'ready') throw new Error('not ready');
              const done = {
                id: asset.id,
                originalName: asset.originalName,
                durationSec: asset.durationSec,
              };
              setPhase({ name: 'done', asset: done });
              onUploaded(done);
            })
            .catch(() => setPhase({ name: 'error', key: 'Errors.generic', canResume: false }));
        },
      }),
    );
    uploadRef.current = upload;
    setPhase({ name: 'uploading', percent: 0 });
    const previous = await upload.findPreviousUploads();
    if (previous[0]) {
      upload.resumeFromPreviousUpload(previous[0]);
      setResumed(true);
    }
    upload.start();
  }

  function pause() {
    void uploadRef.current?.abort();
    setPhase((p) => (p.name === 'uploading' ? { name: 'paused', percent: p.percent } : p));
  }

  function resume() {
    uploadRef.current?.start();
    setPhase((p) => ({ name: 'uploading', percent: p.name === 'paused' ? p.percent : 0 }));
  }

  async function cancel() {
    const upload = uploadRef.current;
    uploadRef.current = null;
    setPhase({ name: 'idle' });
    // Terminating deletes the bytes on the server; a failure only leaves them to expire.
    await upload?.abort(true).catch(() => undefined);
  }

  function reset() {
    uploadRef.current = null;
    setPhase({ name: 'idle' });
    if (inputRef.current) inputRef.current.value = '';
  }

  const percent = phase.name === 'uploading' || phase.name === 'paused' ? phase.percent : 100;
  const busy = phase.name === 'uploading' || phase.name === 'paused' || phase.name === 'verifying';

  return (
    <div className="grid gap-3" data-testid={`media-upload-${kind}`}>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept={UPLOAD_ACCEPT[kind]}
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void start(file);
        }}
      />
      {phase.name === 'idle' ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="outline" onClick={() => inputRef.current?.click()}>
            {t('StudioMedia.upload.choose')}
          </Button>
          <p className="text-muted-foreground text-sm">
            {t('StudioMedia.upload.hint', { limit: formatBytes(UPLOAD_MAX_BYTES[kind]) })}
          </p>
        </div>
      ) : null}

      {busy ? (
        <div className="grid gap-2">
          <p className="text-sm" aria-live="polite">
            {phase.name === 'verifying'
              ? t('StudioMedia.upload.verifying')
              : phase.name === 'paused'
                ? t('StudioMedia.upload.paused', { percent })
                : t('StudioMedia.upload.uploading', { name: fileName, percent })}
          </p>
          <Progress value={percent} label={t('StudioMedia.upload.progress')} />
          {resumed ? (
            <p className="text-muted-foreground text-xs">{t('StudioMedia.upload.resumable')}</p>
          ) : null}
          {phase.name !== 'verifying' ? (
            <div className="flex flex-wrap gap-2">
              {phase.name === 'uploading' ? (
                <Button type="button" size="sm" variant="secondary" onClick={pause}>
                  {t('StudioMedia.upload.pause')}
                </Button>
              ) : (
                <Button type="button" size="sm" onClick={resume}>
                  {t('StudioMedia.upload.resume')}
                </Button>
              )}
              <Button type="button" size="sm" variant="ghost" onClick={() => void cancel()}>
                {t('StudioMedia.upload.cancel')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}

      {phase.name === 'done' ? (
        <Alert variant="success" role="status">
          <AlertDescription>
            {t('StudioMedia.upload.done', { name: phase.asset.originalName })}
            {phase.asset.durationSec !== null
              ? ` · ${t('StudioMedia.upload.duration', { duration: formatClock(phase.asset.durationSec) })}`
              : null}
          </AlertDescription>
          <Button
            type="button"
            size="sm"
            variant="link"
            className="justify-self-start px-0"
            onClick={reset}
          >
            {t('StudioMedia.upload.another')}
          </Button>
        </Alert>
      ) : null}

      {phase.name === 'error' ? (
        <Alert variant="destructive">
          <AlertDescription>{t(phase.key as never)}</AlertDescription>
          <div className="flex flex-wrap gap-2">
            {phase.canResume ? (
              <Button type="button" size="sm" onClick={resume}>
                {t('StudioMedia.upload.resume')}
              </Button>
            ) : null}
            <Button type="button" size="sm" variant="outline" onClick={reset}>
              {t('StudioMedia.upload.retry')}
            </Button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}
