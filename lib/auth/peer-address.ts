import http, { type IncomingMessage } from 'node:http';

import { PEER_HEADER } from '@/lib/auth/client-ip';

const MARK = Symbol.for('zhishi.peerAddress');

/**
 * Route handlers and server actions never see the socket, and `next start` copies a client's own
 * X-Forwarded-For through unchanged. So, once per process (instrumentation.ts), every incoming
 * request gets PEER_HEADER set from its TCP peer, overwriting anything the client sent under that
 * name. Requests that arrive while the server is still booting (before `register()` ran) carry no
 * stamp and share the 'unknown' bucket.
 */
export function stampPeerAddress(): void {
  const proto = http.Server.prototype as http.Server & { [MARK]?: true };
  if (proto[MARK]) return;
  // Re-applied below with the server as `this`, so taking it off the prototype is safe.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as IncomingMessage;
      req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
  proto[MARK] = true;
}
