// One autocannon run in its own process, so the load generator never shares a heap (or its
// garbage-collection pauses) with the bench that generated and seeded 100k users. Options arrive
// over IPC; `cookies`, when given, rotate per request, and `forwardedFor` gives every request its
// own X-Forwarded-For (for per-IP rate limits behind one trusted proxy). The result goes back over IPC.
import autocannon from 'autocannon';

process.once('message', async ({ cookies, forwardedFor, ...opts }) => {
  let k = 0;
  const perRequest = (n) => ({
    ...(cookies ? { cookie: cookies[n % cookies.length] } : {}),
    ...(forwardedFor
      ? { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` }
      : {}),
  });
  const rotate =
    cookies || forwardedFor
      ? {
          requests: [
            {
              method: opts.method,
              body: opts.body,
              setupRequest: (req) => ({ ...req, headers: { ...req.headers, ...perRequest(k++) } }),
            },
          ],
        }
      : {};
  const r = await autocannon({ ...opts, ...rotate });
  process.send(
    { requests: r.requests, latency: r.latency, non2xx: r.non2xx, errors: r.errors },
    () => process.exit(0),
  );
});
