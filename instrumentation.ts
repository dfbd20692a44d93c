/** Runs once when the server starts (Next.js instrumentation hook). */
export async function register(): Promise<void> {
  // Node.js only: the proxy and every handler run there; the edge runtime has no sockets to read.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { stampPeerAddress } = await import('@/lib/auth/peer-address');
    stampPeerAddress();
  }
}
