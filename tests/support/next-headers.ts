/**
 * Stand-in for `next/headers` in integration tests, so server actions, Auth.js `signIn`/`auth()` and
 * our guards run in-process against one fake request. Use in a test file with
 *   vi.mock('next/headers', () => import('@/tests/support/next-headers'));
 * and import the helpers below from the same module (vitest hands both the same instance).
 */
type CookieOptions = {
  maxAge?: number;
  expires?: Date;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
  path?: string;
};
type StoredCookie = { name: string; value: string; options: CookieOptions };

const state = {
  cookies: new Map<string, StoredCookie>(),
  headers: new Map<string, string>(),
};

export function resetRequest(extraHeaders: Record<string, string> = {}): void {
  state.cookies.clear();
  state.headers.clear();
  state.headers.set('host', 'localhost:3000');
  state.headers.set('x-forwarded-proto', 'http');
  for (const [k, v] of Object.entries(extraHeaders)) state.headers.set(k.toLowerCase(), v);
}
resetRequest();

export function setRequestHeader(name: string, value: string | null): void {
  if (value === null) state.headers.delete(name.toLowerCase());
  else state.headers.set(name.toLowerCase(), value);
}

/** Simulates the client IP our trusted proxy header reports. */
export function setClientIp(ip: string): void {
  setRequestHeader('x-forwarded-for', ip);
}

export function setCookie(name: string, value: string): void {
  state.cookies.set(name, { name, value, options: {} });
}

export function getCookie(name: string): StoredCookie | undefined {
  return state.cookies.get(name);
}

export function allCookies(): StoredCookie[] {
  return [...state.cookies.values()];
}

/** Replaces the jar with exactly these cookies (e.g. a stolen old session). */
export function replaceCookies(list: { name: string; value: string }[]): void {
  state.cookies.clear();
  for (const c of list) setCookie(c.name, c.value);
}

function cookieHeader(): string {
  return [...state.cookies.values()].map((c) => `${c.name}=${c.value}`).join('; ');
}

export async function headers(): Promise<Headers> {
  const h = new Headers();
  for (const [k, v] of state.headers) h.set(k, v);
  const cookie = cookieHeader();
  if (cookie) h.set('cookie', cookie);
  return h;
}

export async function cookies() {
  return {
    get: (name: string) => {
      const c = state.cookies.get(name);
      return c ? { name: c.name, value: c.value } : undefined;
    },
    getAll: () => [...state.cookies.values()].map((c) => ({ name: c.name, value: c.value })),
    has: (name: string) => state.cookies.has(name),
    set: (
      nameOrCookie: string | ({ name: string; value: string } & CookieOptions),
      value?: string,
      options: CookieOptions = {},
    ) => {
      const c =
        typeof nameOrCookie === 'string'
          ? { name: nameOrCookie, value: value ?? '', options }
          : { name: nameOrCookie.name, value: nameOrCookie.value, options: nameOrCookie };
      // Auth.js clears cookies by setting an empty value with maxAge 0.
      if (c.value === '' || c.options.maxAge === 0) state.cookies.delete(c.name);
      else state.cookies.set(c.name, c);
    },
    delete: (name: string) => {
      state.cookies.delete(name);
    },
  };
}

export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}
