import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { MarkdownContent } from './markdown';

const render = (source: string) => renderToStaticMarkup(<MarkdownContent source={source} ugc />);

describe('MarkdownContent for comments (WEB-1, ABUSE-2)', () => {
  it('WEB-1: a question body with script, handlers and javascript: links comes out inert', () => {
    const html = render(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) <iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<iframe|<img|onerror|javascript:/i);
  });

  it('ABUSE-2: every link in user comments carries rel="ugc nofollow", site-relative ones too', () => {
    const html = render('[a](https://phish.example) [b](/courses/x) <https://auto.example>');
    const rels = [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(rels).toHaveLength(3);
    for (const tag of rels) expect(tag).toMatch(/rel="nofollow ugc noopener noreferrer"/);
  });
});
