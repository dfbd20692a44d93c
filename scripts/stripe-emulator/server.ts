import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import Stripe from 'stripe';

import { listPage } from './lists';
import { checkoutPage, readForm } from './page';
import {
  EmulatorState,
  now,
  stripeId,
  type Charge,
  type Json,
  type Method,
  type Session,
  type StripeEvent,
} from './state';

/**
 * A local stand-in for the few Stripe API endpoints Zhishi calls, reached by the real `stripe` SDK
 * through its host/port/protocol settings, plus a simulated hosted checkout page that sends
 * correctly signed events to our webhook. Never used when a real key is configured.
 */
export type EmulatorOptions = {
  port?: number;
  webhookSecret: string;
  /** POST target for signed events; or a function (in-process tests deliver to the handler). */
  webhookUrl?: string;
  deliver?: (payload: string, signature: string) => Promise<void>;
};

export type Emulator = {
  state: EmulatorState;
  url: string;
  server: Server;
  /** Signs and sends events (in order); resolves when every delivery is answered. */
  send: (events: StripeEvent[]) => Promise<void>;
  sign: (payload: string) => string;
  close: () => Promise<void>;
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: 'invalid_request_error' | 'idempotency_error' = 'invalid_request_error',
  ) {
    super(message);
  }
}

/** `a[b][0][c]=1` form keys (Stripe's encoding) into nested objects. */
export function parseStripeForm(body: string): Json {
  const out: Json = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const parts = rawKey.replace(/\]/g, '').split('[');
    let cur: Json = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) cur[part] = value;
      else cur = (cur[part] ??= {}) as Json;
    });
  }
  return out;
}

/** A form field as text: Stripe's form encoding gives strings; anything else reads as empty. */
const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

const list = (v: unknown): string[] =>
  v && typeof v === 'object' ? Object.values(v as Json).map(text) : v ? [text(v)] : [];

const NESTED_CHARGE = 'payment_intent.latest_charge.';

export async function startEmulator(opts: EmulatorOptions): Promise<Emulator> {
  const state = new EmulatorState();
  let base = '';
  const sign = (payload: string) =>
    Stripe.webhooks.generateTestHeaderString({ payload, secret: opts.webhookSecret });

  async function send(events: StripeEvent[]) {
    for (const ev of events) {
      const payload = JSON.stringify(ev, null, 2);
      const signature = sign(payload);
      if (opts.deliver) await opts.deliver(payload, signature);
      else if (opts.webhookUrl) {
        // Stripe retries failed deliveries; the emulator tries a few times quickly.
        for (let attempt = 0; attempt < 3; attempt++) {
          const res = await fetch(opts.webhookUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'stripe-signature': signature },
            body: payload,
          }).catch(() => null);
          if (res?.ok) break;
          await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
        }
      }
    }
  }

  function sessionOr404(id: string): Session {
    const s = state.sessions.get(id);
    if (!s) throw new HttpError(404, `No such checkout.session: '${id}'`);
    return s;
  }

  function expandSession(s: Session, expand: string[]): Json {
    const out: Json = { ...s };
    if (s.payment_intent && expand.some((e) => e.startsWith('payment_intent'))) {
      const pi: Json = { ...state.intents.get(s.payment_intent) };
      const charge = state.charges.get(text(pi.latest_charge));
      if (expand.some((e) => e.startsWith('payment_intent.latest_charge')))
        pi.latest_charge = charge
          ? expandCharge(
              charge,
              expand
                .filter((e) => e.startsWith(NESTED_CHARGE))
                .map((e) => e.slice(NESTED_CHARGE.length)),
            )
          : null;
      out.payment_intent = pi;
    }
    return out;
  }

  function expandCharge(charge: Charge, expand: string[]): Json {
    const out: Json = { ...charge };
    if (expand.includes('payment_intent'))
      out.payment_intent = state.intents.get(charge.payment_intent);
    // Since API version 2022-11-15 a charge lists its refunds only when asked to.
    if (expand.includes('refunds')) out.refunds = state.chargeRefunds(charge);
    return out;
  }

  function createSession(body: Json): Session {
    const items = Object.values((body.line_items ?? {}) as Json) as Json[];
    const item = items[0];
    const priceData = (item?.price_data ?? {}) as Json;
    const amount = Number(priceData.unit_amount) * Number(item?.quantity ?? 1);
    if (!Number.isSafeInteger(amount) || amount <= 0)
      throw new HttpError(400, 'line_items[0][price_data][unit_amount] is required');
    const id = stripeId('cs_test');
    const session: Session = {
      id,
      object: 'checkout.session',
      amount_total: amount,
      currency: text(priceData.currency).toLowerCase(),
      client_reference_id: text(body.client_reference_id) || null,
      metadata: { ...((body.metadata ?? {}) as Record<string, string>) },
      mode: 'payment',
      payment_method_types: list(
        body.allowed_payment_method_types ?? body.payment_method_types,
      ) as Method[],
      payment_status: 'unpaid',
      status: 'open',
      payment_intent: null,
      success_url: text(body.success_url),
      cancel_url: text(body.cancel_url),
      url: `${base}/checkout/${id}`,
      created: now(),
      expires_at: now() + 86_400,
      customer_email: text(body.customer_email) || null,
      line_items_name: text(((priceData.product_data ?? {}) as Json).name),
    };
    state.sessions.set(id, session);
    return session;
  }

  function api(method: string, path: string, body: Json, expand: string[]): Json {
    let m: RegExpMatchArray | null;
    if (method === 'POST' && path === '/v1/checkout/sessions') return createSession(body);
    // Lists, for the reconciliation job (PAY-9); for GET the SDK sends its parameters as the query.
    if (method === 'GET' && path === '/v1/checkout/sessions')
      return listPage(state.sessions.values(), body, path);
    if (method === 'GET' && path === '/v1/refunds') {
      const charge = text(body.charge);
      const refunds = [...state.refunds.values()].filter((r) => !charge || r.charge === charge);
      return listPage(refunds, body, path);
    }
    if (method === 'GET' && (m = path.match(/^\/v1\/refunds\/([\w]+)$/))) {
      const refund = state.refunds.get(m[1]!);
      if (!refund) throw new HttpError(404, `No such refund: '${m[1]}'`);
      return { ...refund };
    }
    if (method === 'GET' && path === '/v1/disputes')
      return listPage(state.disputes.values(), body, path);
    if (method === 'GET' && (m = path.match(/^\/v1\/checkout\/sessions\/([\w]+)$/)))
      return expandSession(sessionOr404(m[1]!), expand);
    if (method === 'POST' && (m = path.match(/^\/v1\/checkout\/sessions\/([\w]+)\/expire$/))) {
      const s = sessionOr404(m[1]!);
      if (s.status !== 'open') throw new HttpError(400, 'Only open sessions can be expired.');
      void send(state.expire(s));
      return { ...s };
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const pi = state.intents.get(text(body.payment_intent));
      const charge = pi?.latest_charge ? state.charges.get(pi.latest_charge) : undefined;
      if (!charge) throw new HttpError(404, 'No such payment_intent');
      if (charge.disputed) throw new HttpError(400, 'This charge is disputed.');
      let refund: Json;
      try {
        refund = state.refund(charge, body.amount === undefined ? undefined : Number(body.amount));
      } catch (err) {
        throw new HttpError(400, err instanceof Error ? err.message : 'Invalid refund');
      }
      void send(state.events.slice(-2));
      return refund;
    }
    if (method === 'GET' && (m = path.match(/^\/v1\/charges\/([\w]+)$/))) {
      const charge = state.charges.get(m[1]!);
      if (!charge) throw new HttpError(404, `No such charge: '${m[1]}'`);
      return expandCharge(charge, expand);
    }
    if (method === 'GET' && (m = path.match(/^\/v1\/disputes\/([\w]+)$/))) {
      const dispute = state.disputes.get(m[1]!);
      if (!dispute) throw new HttpError(404, `No such dispute: '${m[1]}'`);
      return { ...dispute };
    }
    if (method === 'GET' && (m = path.match(/^\/v1\/payment_intents\/([\w]+)$/))) {
      const pi = state.intents.get(m[1]!);
      if (!pi) throw new HttpError(404, `No such payment_intent: '${m[1]}'`);
      return { ...pi };
    }
    throw new HttpError(404, `Unrecognized request URL (${method}: ${path})`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const raw = await readForm(req);
    if (url.pathname.startsWith('/v1/')) {
      const body = parseStripeForm(req.method === 'GET' ? url.search.slice(1) : raw);
      const expand = [...list(body.expand), ...url.searchParams.entries()]
        .map((e) => (Array.isArray(e) ? (e[0].startsWith('expand') ? e[1] : '') : e))
        .filter(Boolean);
      const key = req.headers['idempotency-key'];
      const idem = typeof key === 'string' ? `${req.method} ${url.pathname} ${key}` : null;
      state.calls.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        body,
        idempotencyKey: typeof key === 'string' ? key : undefined,
      });
      let reply: Json;
      try {
        const params = JSON.stringify(body);
        const seen = idem ? state.idempotent.get(idem) : undefined;
        // As at Stripe: a key replays its first answer, and only for the same parameters.
        if (seen && seen.params !== params)
          throw new HttpError(
            400,
            'Keys for idempotent requests can only be used with the same parameters they were first used with.',
            'idempotency_error',
          );
        reply = seen ? seen.reply : api(req.method ?? 'GET', url.pathname, body, expand);
        if (idem && !seen) state.idempotent.set(idem, { params, reply });
      } catch (err) {
        const status = err instanceof HttpError ? err.status : 500;
        const type = err instanceof HttpError ? err.type : 'api_error';
        const message = err instanceof Error ? err.message : 'error';
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { type, message } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': stripeId('req') });
      res.end(JSON.stringify(reply));
      return;
    }
    const page = url.pathname.match(/^\/checkout\/([\w]+)$/);
    if (page) {
      await checkoutPage({ state, send, session: state.sessions.get(page[1]!), req, res, raw });
      return;
    }
    res.writeHead(url.pathname === '/health' ? 200 : 404, { 'content-type': 'text/plain' });
    res.end(url.pathname === '/health' ? 'ok' : 'not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    state,
    url: base,
    server,
    send,
    sign,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
