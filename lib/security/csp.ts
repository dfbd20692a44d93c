/**
 * The Content-Security-Policy for pages (WEB-2), built per request by proxy.ts with a fresh nonce.
 * Next.js reads the nonce back from the request's CSP header and puts it on its own scripts, so
 * pages must render dynamically (the root layout reads cookies, so they do). Pure: tests call it.
 */
export const STRIPE_CHECKOUT_ORIGIN = 'https://checkout.stripe.com';

export type CspOptions = {
  nonce: string;
  /** `next dev` only: React rebuilds server error stacks with eval. Never in a build. */
  dev: boolean;
  /** The app is served over https (APP_URL): ask browsers to upgrade any stray http subresource. */
  https: boolean;
  /** Extra origin a form may post to or redirect through, e.g. a local checkout emulator. */
  checkoutOrigin?: string;
};

export function buildCsp({ nonce, dev, https, checkoutOrigin }: CspOptions): string {
  const formAction = ["'self'", STRIPE_CHECKOUT_ORIGIN];
  if (checkoutOrigin) formAction.push(new URL(checkoutOrigin).origin);
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // 'strict-dynamic': scripts our nonce-bearing scripts load are trusted; host lists are ignored.
    [
      'script-src',
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    // Style attributes (React `style` props, the charts' SVG) cannot carry a nonce, and a nonce in
    // the list would switch 'unsafe-inline' off; CSS cannot run script, so this is the accepted cost.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    // Lesson media streams from /api/media on our origin; players may hand blob: URLs to <video>.
    ['media-src', "'self'", 'blob:'],
    ['connect-src', "'self'"],
    // The inline PDF viewer frames our own media route or a blob: copy, and may start a worker.
    ['frame-src', "'self'", 'blob:'],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', ...formAction],
    ['frame-ancestors', "'none'"],
  ];
  if (https) directives.push(['upgrade-insecure-requests']);
  return directives.map((d) => d.join(' ')).join('; ');
}

/** 16 random bytes, base64: a nonce nobody can predict (one per response). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
