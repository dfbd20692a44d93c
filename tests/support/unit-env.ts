// Tests get a fixed, test-only environment; lib/env.ts still validates it.
process.env.AUTH_SECRET ??= 'test-secret-test-secret-test-secret-0123456789';
process.env.APP_ENV ??= 'test';
process.env.LOG_LEVEL ??= 'silent';
process.env.MEDIA_SIGNING_KEY ??= 'test-media-key-test-media-key-0123456789';
// Tests play the one trusted proxy in front of the app: they set X-Forwarded-For per request.
process.env.TRUSTED_PROXY_HOPS ??= '1';
