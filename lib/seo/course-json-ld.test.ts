import { describe, expect, it } from 'vitest';

import { serializeJsonLd } from './course-json-ld';

describe('serializeJsonLd (WEB-1)', () => {
  it('WEB-1: a title cannot close the script element or open markup, and the JSON round-trips', () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- x -->', note: 'a\u2028b' };
    const out = serializeJsonLd(data);
    expect(out).not.toMatch(/[<>&]/);
    expect(out).not.toContain('\u2028');
    expect(JSON.parse(out)).toEqual(data);
  });
});
