'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Captions, Maximize, Rewind, FastForward } from '@/components/ui/icons';
import { track } from '@/lib/events/track';

import { readPrefs, reportProgress, writePrefs } from './progress-reporter';

type Props = {
  kind: 'video' | 'audio';
  courseId: string;
  lessonId: string;
  src: string;
  captionsSrc: string | null;
  /** Shown in the video's frame until it plays (the course cover); audio has none. */
  poster?: string | null;
  startAt: number;
  tracksProgress: boolean;
  /**
   * Labels that take arguments come formatted from the server: formatting them here would start
   * the ICU message formatter during hydration (about 65 ms on a throttled phone).
   */
  labels: { player: string; rates: readonly { value: number; label: string }[] };
};

const SAVE_EVERY_MS = 5_000;

/** Shows or hides the captions track; returns whether they are now shown, null without a track. */
function toggleFirstTrack(el: HTMLMediaElement | null): boolean | null {
  const track = el?.textTracks[0];
  if (!track) return null;
  const on = track.mode !== 'showing';
  track.mode = on ? 'showing' : 'hidden';
  return on;
}
const SKIP_SEC = 15;

/**
 * The native media element with its own controls (seek, volume, fullscreen, captions menu), plus
 * what it lacks: speed 0.5–2×, ±15 s, keyboard shortcuts on the whole player, remembered volume and
 * speed, resume, and progress reports. No third-party origin and no inline script (CSP media-src 'self').
 */
export function MediaPlayer({
  kind,
  courseId,
  lessonId,
  src,
  captionsSrc,
  poster,
  startAt,
  tracksProgress,
  labels,
}: Props) {
  const t = useTranslations('Learn.player');
  const box = useRef<HTMLDivElement>(null);
  const media = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  const [rate, setRate] = useState(1);
  const [captionsOn, setCaptionsOn] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const el = media.current;
    if (!el) return;
    const prefs = readPrefs();
    el.volume = prefs.volume;
    el.muted = prefs.muted;
    el.playbackRate = prefs.rate;
    setRate(prefs.rate);
    const resume = () => {
      // Resume where the learner left off, unless that was the very end.
      if (startAt > 0 && (!el.duration || startAt < el.duration - 2)) el.currentTime = startAt;
    };
    if (el.readyState >= 1) resume();
    else el.addEventListener('loadedmetadata', resume, { once: true });
    const remember = () =>
      writePrefs({ volume: el.volume, muted: el.muted, rate: el.playbackRate });
    el.addEventListener('volumechange', remember);
    el.addEventListener('ratechange', remember);
    return () => {
      el.removeEventListener('volumechange', remember);
      el.removeEventListener('ratechange', remember);
    };
  }, [startAt]);

  useEffect(() => {
    const el = media.current;
    if (!el || !tracksProgress) return;
    let last = -1;
    const save = (completed = false) => {
      const at = Math.floor(el.currentTime);
      if (!completed && at === last) return;
      last = at;
      reportProgress(lessonId, at, completed);
    };
    const timer = window.setInterval(() => {
      if (!el.paused) save();
    }, SAVE_EVERY_MS);
    const onSeeked = () => save();
    const onPause = () => save();
    const onEnded = () => {
      save(true);
      track({ type: 'lesson_complete', courseId, lessonId });
    };
    // Behaviour events for analytics and recommendations: one start per page view of the lesson.
    const onFirstPlay = () => track({ type: 'lesson_start', courseId, lessonId });
    el.addEventListener('play', onFirstPlay, { once: true });
    const onHide = () => {
      if (document.visibilityState === 'hidden') save();
    };
    const onLeave = () => save();
    el.addEventListener('seeked', onSeeked);
    el.addEventListener('pause', onPause);
    el.addEventListener('ended', onEnded);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.clearInterval(timer);
      save();
      el.removeEventListener('play', onFirstPlay);
      el.removeEventListener('seeked', onSeeked);
      el.removeEventListener('pause', onPause);
      el.removeEventListener('ended', onEnded);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onLeave);
    };
  }, [courseId, lessonId, tracksProgress]);

  const skip = (sec: number) => {
    const el = media.current;
    if (!el) return;
    el.currentTime = Math.max(0, Math.min(el.duration || Infinity, el.currentTime + sec));
    setStatus(t(sec > 0 ? 'skippedForward' : 'skippedBack', { seconds: Math.abs(sec) }));
  };
  const changeRate = (next: number) => {
    if (media.current) media.current.playbackRate = next;
    setRate(next);
  };
  const toggleCaptions = () => {
    const on = toggleFirstTrack(media.current);
    if (on !== null) setCaptionsOn(on);
  };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void box.current?.requestFullscreen?.();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const el = media.current;
    const target = e.target as HTMLElement;
    // Buttons and the speed menu keep their own keys.
    if (!el || e.altKey || e.ctrlKey || e.metaKey || target.closest('button, select, input'))
      return;
    const handled = (() => {
      switch (e.key) {
        case ' ':
        case 'k':
          if (el.paused) void el.play();
          else el.pause();
          return true;
        case 'ArrowLeft':
          skip(-SKIP_SEC);
          return true;
        case 'ArrowRight':
          skip(SKIP_SEC);
          return true;
        case 'ArrowUp':
          el.volume = Math.min(1, el.volume + 0.1);
          return true;
        case 'ArrowDown':
          el.volume = Math.max(0, el.volume - 0.1);
          return true;
        case 'm':
          el.muted = !el.muted;
          return true;
        case 'f':
          if (kind === 'video') toggleFullscreen();
          return kind === 'video';
        case 'c':
          toggleCaptions();
          return true;
        default:
          return false;
      }
    })();
    if (handled) e.preventDefault();
  };

  const Element = kind === 'video' ? 'video' : 'audio';
  return (
    <div
      ref={box}
      role="group"
      aria-label={labels.player}
      aria-describedby="player-shortcuts"
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="bg-card grid gap-2 rounded-lg border p-2"
    >
      <Element
        ref={media}
        src={src}
        poster={kind === 'video' ? (poster ?? undefined) : undefined}
        controls
        preload="metadata"
        playsInline
        data-testid="lesson-media"
        className={kind === 'video' ? 'aspect-video w-full rounded bg-black' : 'w-full'}
      >
        {captionsSrc ? (
          <track kind="captions" src={captionsSrc} srcLang="en" label={t('captions')} />
        ) : null}
      </Element>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="outline" size="sm" onClick={() => skip(-SKIP_SEC)}>
          <Rewind aria-hidden className="size-4" />
          {t('back15')}
        </Button>
        <Button type="button" variant="outline" size="sm" onClick={() => skip(SKIP_SEC)}>
          <FastForward aria-hidden className="size-4" />
          {t('forward15')}
        </Button>
        <label className="flex items-center gap-1 text-sm">
          {t('speed')}
          <select
            value={rate}
            onChange={(e) => changeRate(Number(e.target.value))}
            className="bg-background rounded border px-2 py-1 text-sm"
          >
            {labels.rates.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {captionsSrc ? (
          <Button
            type="button"
            variant="outline"
            size="sm"
            aria-pressed={captionsOn}
            onClick={toggleCaptions}
          >
            <Captions aria-hidden className="size-4" />
            {t('captions')}
          </Button>
        ) : null}
        {kind === 'video' ? (
          <Button type="button" variant="outline" size="sm" onClick={toggleFullscreen}>
            <Maximize aria-hidden className="size-4" />
            {t('fullscreen')}
          </Button>
        ) : null}
      </div>
      <p id="player-shortcuts" className="text-muted-foreground text-xs">
        {t('shortcuts')}
      </p>
      <p className="sr-only" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
