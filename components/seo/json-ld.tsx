import { serializeJsonLd } from '@/lib/seo/course-json-ld';

/**
 * Structured data as a data block. Browsers never execute `application/ld+json`, so a nonce CSP's
 * script-src does not govern it; the nonce is still passed through when the page has one, for
 * policies or tools that insist. The content is escaped by serializeJsonLd (no markup can leak).
 */
export function JsonLd({ data, nonce }: { data: unknown; nonce?: string }) {
  return (
    <script
      type="application/ld+json"
      nonce={nonce}
      // Allowed in this file only (eslint.config.mjs): JSON with every `<`, `>`, `&` escaped.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
