import type { ClientEvent } from '@/lib/validation/events';

/**
 * Fire-and-forget behaviour events for the browser. Events queue for a moment and leave in one
 * navigator.sendBeacon batch (also when the page is hidden or closed), so tracking never delays
 * rendering or navigation. Only the type is imported from the schema: zod stays on the server.
 */
const ENDPOINT = '/api/events';
const MAX_BATCH = 50;
const FLUSH_MS = 2000;

let queue: ClientEvent[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
let listening = false;

function flush(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  while (queue.length > 0) {
    const batch = queue.slice(0, MAX_BATCH);
    queue = queue.slice(MAX_BATCH);
    const body = JSON.stringify({ events: batch });
    try {
      // A string body goes out as text/plain;charset=UTF-8: no CORS preflight; the route checks the origin.
      if (!navigator.sendBeacon?.(ENDPOINT, body)) {
        void fetch(ENDPOINT, { method: 'POST', body, keepalive: true }).catch(() => undefined);
      }
    } catch {
      // Tracking must never break the page.
    }
  }
}

export function track(event: ClientEvent): void {
  if (typeof window === 'undefined') return;
  queue.push(event);
  if (!listening) {
    listening = true;
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
    window.addEventListener('pagehide', flush);
  }
  if (queue.length >= MAX_BATCH) flush();
  else timer ??= setTimeout(flush, FLUSH_MS);
}
