'use client';

import { useEffect, useId, useRef, useState, useTransition } from 'react';

import { useTranslations } from 'next-intl';
import Cropper, { type Area } from 'react-easy-crop';

import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import { setCourseCoverAction } from '@/lib/actions/studio/set-course-cover';
import { uploadOnce } from '@/lib/media/upload-browser';
import { UPLOAD_ACCEPT } from '@/lib/media/upload-limits';
import { uploadErrorKey } from '@/lib/media/upload-messages';

type Status =
  | { name: 'idle' }
  | { name: 'uploading'; percent: number }
  | { name: 'saving' }
  | { name: 'saved' }
  | { name: 'error'; key: string };

/**
 * A course's cover: pick an image, frame it at 16:9 (react-easy-crop: drag, arrow keys, zoom),
 * upload it through tus as an `image`, then setCourseCover crops and re-encodes it on the server
 * (the crop is sent as percentages, never as pixels of the browser's scaled preview).
 */
export function CoverUpload({
  courseId,
  currentUrl,
}: {
  courseId: string;
  currentUrl: string | null;
}) {
  const t = useTranslations();
  const zoomId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [crop, setCrop] = useState({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(1);
  const [area, setArea] = useState<Area | null>(null);
  const [cover, setCover] = useState(currentUrl);
  const [status, setStatus] = useState<Status>({ name: 'idle' });
  const [, startTransition] = useTransition();

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  function choose(picked: File) {
    setFile(picked);
    setPreview(URL.createObjectURL(picked));
    setCrop({ x: 0, y: 0 });
    setZoom(1);
    setStatus({ name: 'idle' });
  }

  function discard() {
    setFile(null);
    setPreview(null);
    setStatus({ name: 'idle' });
    if (inputRef.current) inputRef.current.value = '';
  }

  async function save() {
    if (!file || !area) return;
    try {
      setStatus({ name: 'uploading', percent: 0 });
      const asset = await uploadOnce('image', courseId, file, (percent) =>
        setStatus({ name: 'uploading', percent }),
      );
      setStatus({ name: 'saving' });
      const result = await setCourseCoverAction(undefined, {
        courseId,
        mediaId: asset.id,
        crop: area,
      });
      if (result.ok === true && result.data) {
        startTransition(() => {
          setCover(result.data!.coverUrl);
          discard();
          setStatus({ name: 'saved' });
        });
      } else {
        const key = result.ok === false ? result.formError : undefined;
        setStatus({ name: 'error', key: key ?? 'StudioMedia.errors.crop' });
      }
    } catch (err) {
      setStatus({ name: 'error', key: uploadErrorKey(err) });
    }
  }

  const working = status.name === 'uploading' || status.name === 'saving';

  return (
    <section className="grid gap-3" aria-labelledby={`${zoomId}-title`}>
      <h3 id={`${zoomId}-title`} className="font-semibold">
        {t('StudioMedia.cover.title')}
      </h3>
      {!preview ? (
        cover ? (
          // eslint-disable-next-line @next/next/no-img-element -- our own immutable image route
          <img
            src={cover}
            alt={t('StudioMedia.cover.current')}
            className="aspect-video w-full max-w-xl rounded-md border object-cover"
          />
        ) : (
          <p className="text-muted-foreground text-sm">{t('StudioMedia.cover.none')}</p>
        )
      ) : (
        <div className="grid max-w-xl gap-3">
          <div className="bg-muted relative aspect-video w-full overflow-hidden rounded-md">
            <Cropper
              image={preview}
              crop={crop}
              zoom={zoom}
              aspect={16 / 9}
              onCropChange={setCrop}
              onZoomChange={setZoom}
              onCropComplete={(croppedArea) => setArea(croppedArea)}
            />
          </div>
          <p className="text-muted-foreground text-xs">{t('StudioMedia.cover.cropHelp')}</p>
          <label htmlFor={zoomId} className="flex items-center gap-3 text-sm">
            {t('StudioMedia.cover.zoom')}
            <input
              id={zoomId}
              type="range"
              min={1}
              max={3}
              step={0.05}
              value={zoom}
              onChange={(e) => setZoom(Number(e.target.value))}
              className="w-48"
            />
          </label>
        </div>
      )}

      <input
        ref={inputRef}
        type="file"
        accept={UPLOAD_ACCEPT.image}
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const picked = e.target.files?.[0];
          if (picked) choose(picked);
        }}
      />
      <div className="flex flex-wrap gap-2">
        {preview ? (
          <>
            <Button type="button" onClick={() => void save()} disabled={working || !area}>
              {status.name === 'saving'
                ? t('StudioMedia.cover.saving')
                : t('StudioMedia.cover.save')}
            </Button>
            <Button type="button" variant="ghost" onClick={discard} disabled={working}>
              {t('StudioMedia.cover.cancel')}
            </Button>
          </>
        ) : (
          <Button type="button" variant="outline" onClick={() => inputRef.current?.click()}>
            {cover ? t('StudioMedia.cover.change') : t('StudioMedia.cover.choose')}
          </Button>
        )}
      </div>
      {status.name === 'uploading' ? (
        <Progress value={status.percent} label={t('StudioMedia.upload.progress')} />
      ) : null}
      {status.name === 'saved' ? (
        <Alert variant="success" role="status">
          <AlertDescription>{t('StudioMedia.cover.saved')}</AlertDescription>
        </Alert>
      ) : null}
      {status.name === 'error' ? (
        <Alert variant="destructive">
          <AlertDescription>{t(status.key as never)}</AlertDescription>
        </Alert>
      ) : null}
    </section>
  );
}
