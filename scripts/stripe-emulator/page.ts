import type { IncomingMessage, ServerResponse } from 'node:http';

import {
  DECLINE_MESSAGES,
  type EmulatorState,
  type Method,
  type Session,
  type StripeEvent,
} from './state';

/** The simulated hosted checkout page: pick a method, then succeed, decline with a reason, or abandon. */

const LABELS: Record<Method, string> = { card: 'Card', alipay: 'Alipay', wechat_pay: 'WeChat Pay' };

export function readForm(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function render(session: Session, error?: string): string {
  const amount = (session.amount_total / 100).toFixed(2);
  const methods = session.payment_method_types
    .map(
      (m, i) =>
        `<label><input type="radio" name="method" value="${m}"${i === 0 ? ' checked' : ''}> ${LABELS[m]}</label>`,
    )
    .join('');
  const reasons = Object.entries(DECLINE_MESSAGES)
    .map(([code, msg]) => `<option value="${code}">${esc(msg)}</option>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Checkout (Stripe emulator)</title><style>body{font:16px system-ui;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#111}
fieldset{margin:1rem 0;border:1px solid #999;padding:.75rem}label{display:block;margin:.35rem 0}button{font:inherit;padding:.5rem 1rem;margin:.25rem .25rem 0 0}
[role=alert]{background:#fee;border:1px solid #c00;padding:.5rem;color:#700}</style></head><body><main>
<h1>Local Stripe emulator checkout</h1><p>${esc(session.line_items_name)}</p>
<p>Total: <strong>${session.currency.toUpperCase()} ${amount}</strong></p>
${error ? `<p role="alert">${esc(error)}</p>` : ''}
<form method="post"><fieldset><legend>Payment method</legend>${methods}</fieldset>
<label for="decline">Decline reason (for "Decline")</label><select id="decline" name="decline_code">${reasons}</select>
<p><button type="submit" name="outcome" value="pay">Pay</button>
<button type="submit" name="outcome" value="decline">Decline</button>
<button type="submit" name="outcome" value="abandon">Abandon</button></p></form></main></body></html>`;
}

function html(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
}

function redirect(res: ServerResponse, to: string) {
  res.writeHead(303, { location: to });
  res.end();
}

export async function checkoutPage(ctx: {
  state: EmulatorState;
  send: (events: StripeEvent[]) => Promise<void>;
  session: Session | undefined;
  req: IncomingMessage;
  res: ServerResponse;
  raw: string;
}) {
  const { state, send, session, req, res } = ctx;
  if (!session)
    return html(res, 404, '<!doctype html><title>Not found</title><p>No such session.</p>');
  if (session.status !== 'open')
    return html(
      res,
      410,
      `<!doctype html><title>Closed</title><p>This checkout is ${session.status}.</p>`,
    );
  if (req.method !== 'POST') return html(res, 200, render(session));

  const form = new URLSearchParams(ctx.raw);
  const requested = form.get('method') as Method | null;
  const method = requested && session.payment_method_types.includes(requested) ? requested : 'card';
  const outcome = form.get('outcome');
  if (outcome === 'decline') {
    const code = form.get('decline_code') ?? 'generic_decline';
    await send(state.decline(session, method, code in DECLINE_MESSAGES ? code : 'generic_decline'));
    return html(
      res,
      402,
      render(session, DECLINE_MESSAGES[code] ?? DECLINE_MESSAGES.generic_decline),
    );
  }
  if (outcome === 'abandon') {
    // Stripe keeps an abandoned session open until it expires (24 h); the emulator expires it now.
    await send(state.expire(session));
    return redirect(res, session.cancel_url);
  }
  // WeChat Pay is the emulator's delayed-notification method: completed (unpaid), then settled.
  const delayed = method === 'wechat_pay';
  await send(state.pay(session, method, { delayed }));
  if (delayed) setTimeout(() => void send(state.settle(session, true)), 1000);
  return redirect(res, session.success_url.replace('{CHECKOUT_SESSION_ID}', session.id));
}
