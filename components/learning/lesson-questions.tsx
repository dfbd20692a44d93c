import { getFormatter, getTranslations } from 'next-intl/server';

import { MarkdownContent } from '@/components/markdown';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { MessageSquare } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { Pagination } from '@/components/ui/pagination';
import { deleteCommentAction } from '@/lib/actions/learning/delete-comment';
import { editCommentAction } from '@/lib/actions/learning/edit-comment';
import { postCommentAction } from '@/lib/actions/learning/post-comment';
import { reportContentAction } from '@/lib/actions/moderation/report-content';
import { getViewer } from '@/lib/auth/guards';
import { listLessonQuestions, type QaPost } from '@/lib/data/lesson-questions-list';

import { QaButtonForm, QaTextForm } from './qa-forms';

/**
 * A lesson's Q&A, self-contained: reads the viewer and checks lesson access itself (the list throws
 * NOT_FOUND otherwise). `basePath` is the lesson page's path; the page number travels as ?qa=.
 */
export async function LessonQuestions({
  lessonId,
  basePath,
  page = 1,
}: {
  courseId?: string;
  lessonId: string;
  basePath: string;
  page?: number;
}) {
  const viewer = await getViewer();
  const [t, format, qa] = await Promise.all([
    getTranslations('Learn.qa'),
    getFormatter(),
    listLessonQuestions(viewer, lessonId, page),
  ]);

  const post = (p: QaPost, kind: 'question' | 'answer') => (
    <div className="grid gap-1.5">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold">{p.authorName}</span>
        {p.byCreator ? <Badge variant="success">{t('instructor')}</Badge> : null}
        <time dateTime={p.createdAt.toISOString()} className="text-muted-foreground text-xs">
          {format.dateTime(p.createdAt, { dateStyle: 'medium' })}
        </time>
        {p.edited ? <span className="text-muted-foreground text-xs">{t('edited')}</span> : null}
      </div>
      <MarkdownContent source={p.body} ugc className="text-sm sm:text-sm" />
      {viewer ? (
        <div className="flex flex-wrap items-start gap-4">
          {p.own ? (
            <>
              <details className="grid gap-2">
                <summary className="text-primary cursor-pointer text-xs">{t('edit')}</summary>
                <QaTextForm
                  action={editCommentAction}
                  hidden={{ commentId: p.id }}
                  label={kind === 'question' ? t('editQuestion') : t('editAnswer')}
                  submitLabel={t('save')}
                  defaultValue={p.body}
                />
              </details>
              <QaButtonForm
                action={deleteCommentAction}
                hidden={{ commentId: p.id }}
                label={t('delete')}
              />
            </>
          ) : (
            <QaButtonForm
              action={reportContentAction}
              hidden={{ targetType: 'comment', targetId: p.id, reason: 'other' }}
              label={t('report')}
            />
          )}
        </div>
      ) : null}
    </div>
  );

  return (
    <section id="qa" aria-labelledby="qa-title" className="grid scroll-mt-20 gap-5">
      <h2 id="qa-title" className="text-xl font-bold">
        {t('title', { count: qa.total })}
      </h2>
      {viewer ? (
        <QaTextForm
          action={postCommentAction}
          hidden={{ lessonId }}
          label={t('askLabel')}
          submitLabel={t('ask')}
        />
      ) : (
        <p className="text-sm">
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(basePath)}`}
            className="text-primary underline"
          >
            {t('signInToAsk')}
          </Link>
        </p>
      )}
      {qa.questions.length === 0 ? (
        <EmptyState icon={<MessageSquare />} title={t('emptyTitle')} description={t('emptyBody')} />
      ) : (
        <ol className="grid gap-6">
          {qa.questions.map((q) => (
            <li key={q.id} className="grid gap-3 border-b pb-5 last:border-b-0">
              {post(q, 'question')}
              {q.answers.length > 0 ? (
                <ol aria-label={t('answersLabel')} className="grid gap-3 border-l-2 pl-4">
                  {q.answers.map((a) => (
                    <li key={a.id}>{post(a, 'answer')}</li>
                  ))}
                </ol>
              ) : null}
              {viewer ? (
                <details className="pl-4">
                  <summary className="text-primary cursor-pointer text-sm">{t('answer')}</summary>
                  <div className="pt-2">
                    <QaTextForm
                      action={postCommentAction}
                      hidden={{ lessonId, parentId: q.id }}
                      label={t('answerLabel')}
                      submitLabel={t('postAnswer')}
                    />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={qa.page}
        pages={qa.pages}
        hrefFor={(n) => `${basePath}?qa=${n}#qa`}
        labels={{
          nav: t('pagesLabel'),
          previous: t('previous'),
          next: t('next'),
          page: (n) => t('pageN', { n }),
        }}
      />
    </section>
  );
}
