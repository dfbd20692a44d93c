import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

import { cn } from '@/lib/utils';

/** Site-relative links stay ours; everything else is user-supplied and gets the WEB-1 rel set. */
function isExternal(href: string | undefined): boolean {
  return !!href && !href.startsWith('/') && !href.startsWith('#');
}

const components: Components = {
  a({ href, children, node: _node, ...rest }) {
    return isExternal(href) ? (
      <a href={href} rel="nofollow ugc noopener noreferrer" target="_blank" {...rest}>
        {children}
      </a>
    ) : (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  },
  // Images in user markdown could track readers or load huge files: shown as links instead.
  img({ src, alt }) {
    const href = typeof src === 'string' ? src : undefined;
    return href ? (
      <a href={href} rel="nofollow ugc noopener noreferrer" target="_blank">
        {alt || href}
      </a>
    ) : null;
  },
  // Headings inside a description must not compete with the page's own outline.
  h1: ({ node: _n, ...p }) => <h3 {...p} />,
  h2: ({ node: _n, ...p }) => <h3 {...p} />,
};

const ugcComponents: Components = {
  ...components,
  a({ href, children, node: _node, ...rest }) {
    return (
      <a href={href} rel="nofollow ugc noopener noreferrer" target="_blank" {...rest}>
        {children}
      </a>
    );
  },
};

/**
 * User markdown (course descriptions, lesson text) rendered WITHOUT raw HTML (WEB-1): react-markdown
 * escapes HTML unless rehype-raw is added (it must never be), and defaultUrlTransform drops
 * javascript:, vbscript: and data: URLs.
 */
export function MarkdownContent({
  source,
  className,
  ugc = false,
}: {
  source: string;
  className?: string;
  /** Comments and answers: every link, even a site-relative one, is marked user content (ABUSE-2). */
  ugc?: boolean;
}) {
  return (
    <div
      className={cn(
        '[&_a]:text-primary [&_blockquote]:text-muted-foreground [&_code]:bg-muted [&_pre]:bg-muted max-w-none text-sm leading-relaxed sm:text-base [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-4 [&_code]:rounded [&_code]:px-1 [&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:mt-4 [&_h4]:font-semibold [&_li]:my-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-3 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:p-3 [&_table]:w-full [&_td]:border [&_td]:p-2 [&_th]:border [&_th]:p-2 [&_ul]:list-disc [&_ul]:pl-6',
        className,
      )}
    >
      <Markdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        urlTransform={defaultUrlTransform}
        components={ugc ? ugcComponents : components}
      >
        {source}
      </Markdown>
    </div>
  );
}
