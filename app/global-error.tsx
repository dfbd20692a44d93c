'use client';

import { createTranslator } from 'next-intl';

import enCommon from '@/messages/en/Common.json';
import zhCommon from '@/messages/zh-CN/Common.json';

// Through a translator, never as plain strings: the build compiles every message (next.config.mjs).
const en = createTranslator({ locale: 'en', messages: { Common: enCommon }, namespace: 'Common' });
const zh = createTranslator({
  locale: 'zh-CN',
  messages: { Common: zhCommon },
  namespace: 'Common',
});

/**
 * Last resort when the root layout itself fails: no providers, no stylesheet, so inline styles and
 * both languages. Only the opaque digest is shown (OPS-3).
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    typeof error === 'object' && error && 'digest' in error ? String(error.digest) : null;
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          margin: 0,
          padding: '4rem 1rem',
          textAlign: 'center',
          color: '#0f172a',
          background: '#ffffff',
        }}
      >
        <main role="alert" style={{ maxWidth: 560, margin: '0 auto' }}>
          <title>{en('error.title')}</title>
          <h1 style={{ fontSize: 24 }}>{en('error.title')}</h1>
          <p>{en('error.body')}</p>
          <h2 lang="zh-CN" style={{ fontSize: 20 }}>
            {zh('error.title')}
          </h2>
          <p lang="zh-CN">{zh('error.body')}</p>
          {digest ? (
            <p style={{ fontFamily: 'monospace', fontSize: 13 }}>
              {en('error.reference', { id: digest })}
            </p>
          ) : null}
          <button
            type="button"
            onClick={() => retry()}
            style={{
              marginTop: 16,
              padding: '8px 16px',
              borderRadius: 6,
              border: 0,
              background: '#1d4ed8',
              color: '#fff',
              fontSize: 14,
            }}
          >
            {en('retry')} / {zh('retry')}
          </button>
        </main>
      </body>
    </html>
  );
}
