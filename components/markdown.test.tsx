import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { MarkdownContent } from './markdown';

const render = (source: string) => renderToStaticMarkup(<MarkdownContent source={source} />);

/** WEB-1 payload corpus: each must come out inert. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '[x](jav&#x09;ascript:alert(1))',
  '<svg><animate onbegin="alert(1)" attributeName="x" dur="1s"></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<https://evil.example/"onmouseover="alert(1)>',
  '![x](javascript:alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<details open ontoggle=alert(1)>',
  '[x](  javascript:alert(1)  )',
  '<form action="javascript:alert(1)"><button>x</button></form>',
];

describe('MarkdownContent (WEB-1)', () => {
  it.each(PAYLOADS)(
    'renders no script, handler, javascript: URL or iframe when given %s',
    (payload) => {
      const html = render(payload).toLowerCase();
      expect(html).not.toContain('<script');
      expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/);
      expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/);
      expect(html).not.toMatch(/src="\s*(javascript|vbscript|data):/);
      expect(html).not.toContain('<iframe');
      expect(html).not.toContain('<svg');
      expect(html).not.toContain('<form');
      expect(html).not.toContain('style=');
    },
  );

  it('keeps ordinary markdown (emphasis, lists, tables) when the input is benign', () => {
    const html = render('**bold**\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<table>');
  });

  it('marks external links nofollow ugc noopener noreferrer when they leave the site', () => {
    const html = render('[site](https://example.com) and https://example.org');
    expect(html.match(/rel="nofollow ugc noopener noreferrer"/g)).toHaveLength(2);
  });

  it('leaves site-relative links without the external rel when they stay on the site', () => {
    const html = render('[course](/courses/x)');
    expect(html).toContain('href="/courses/x"');
    expect(html).not.toContain('rel=');
  });
});
