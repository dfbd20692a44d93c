// One autocannon run in its own process, so the load generator never shares a heap (or its
// garbage-collection pauses) with the bench that generated and seeded 100k users. Options arrive
// over IPC; `cookies`, when given, rotate per request. The result goes back over IPC.
import autocannon from 'autocannon';

process.once('message', async ({ cookies, ...opts }) => {
  let k = 0;
  const rotate = cookies
    ? {
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              headers: { ...req.headers, cookie: cookies[k++ % cookies.length] },
            }),
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
