import { getTranslations } from 'next-intl/server';

import { Price } from '@/components/course/price';
import type { CourseChange, DiffLine } from '@/lib/course-snapshot';
import type { Money } from '@/lib/money';
import { cn } from '@/lib/utils';

const LINE_STYLE: Record<DiffLine['op'], string> = {
  add: 'bg-success/10 text-foreground',
  remove: 'bg-destructive/10 text-foreground line-through decoration-destructive/60',
  same: 'text-muted-foreground',
  gap: 'text-muted-foreground',
};

function Prices({ prices }: { prices: Money[] }) {
  return (
    <>
      {prices.map((p, i) => (
        <span key={p.currency}>
          {i > 0 ? ' · ' : null}
          <Price money={p} />
        </span>
      ))}
    </>
  );
}

async function TextDiff({ lines }: { lines: DiffLine[] }) {
  const t = await getTranslations('Admin.Reviews.changes');
  return (
    <pre className="overflow-x-auto rounded-md border p-2 text-xs leading-relaxed whitespace-pre-wrap">
      {lines.map((l, i) => (
        <div key={i} className={cn('px-1', LINE_STYLE[l.op])}>
          {/* Screen readers hear the change, not a colour. */}
          <span className="sr-only">{l.op === 'gap' ? '' : `${t(`line.${l.op}`)}: `}</span>
          <span aria-hidden>{l.op === 'add' ? '+ ' : l.op === 'remove' ? '− ' : '  '}</span>
          {l.op === 'gap' ? '…' : l.text}
        </div>
      ))}
    </pre>
  );
}

/** What a creator changed since the last approval, or that nothing was approved before. */
export async function CourseChanges({
  changes,
  publishedBefore,
}: {
  changes: CourseChange[] | null;
  publishedBefore: boolean;
}) {
  const t = await getTranslations('Admin.Reviews.changes');
  if (changes === null)
    return <p className="text-sm">{t(publishedBefore ? 'noSnapshot' : 'firstReview')}</p>;
  if (changes.length === 0) return <p className="text-sm">{t('none')}</p>;
  return (
    <ul className="grid gap-2 text-sm">
      {changes.map((c, i) => (
        <li key={i} className="grid gap-1">
          {c.kind === 'field' ? (
            <p>
              <span className="font-medium">{t(`field.${c.field}`)}:</span>{' '}
              <del className="text-muted-foreground">{c.before || t('empty')}</del> →{' '}
              <ins className="no-underline">{c.after || t('empty')}</ins>
            </p>
          ) : c.kind === 'text' ? (
            <>
              <p className="font-medium">{t(`field.${c.field}`)}</p>
              <TextDiff lines={c.lines} />
            </>
          ) : c.kind === 'prices' ? (
            <p>
              <span className="font-medium">{t('field.prices')}:</span>{' '}
              <del className="text-muted-foreground">
                <Prices prices={c.before} />
              </del>{' '}
              → <Prices prices={c.after} />
            </p>
          ) : c.kind === 'tags' ? (
            <p>
              <span className="font-medium">{t('field.tags')}:</span>{' '}
              {t('tags', {
                added: c.added.join(', ') || '—',
                removed: c.removed.join(', ') || '—',
              })}
            </p>
          ) : (
            <p>{t(`lesson.${c.change}`, { title: c.title, before: c.before ?? '' })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
