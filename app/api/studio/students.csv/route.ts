import { route } from '@/lib/api/route';
import { csvResponse, toCsv } from '@/lib/csv';
import { listStudioStudentsForExport } from '@/lib/data/studio-students';
import { studentsQuerySchema } from '@/lib/validation/studio-analytics';

export const dynamic = 'force-dynamic';

/** The students list as CSV, same filters; the email column only when the platform allows it. */
export const GET = route(
  { guard: 'creator', query: studentsQuerySchema.omit({ page: true }) },
  async ({ query, viewer }) => {
    const { showEmails, items } = await listStudioStudentsForExport(viewer, query);
    const header = [
      'name',
      ...(showEmails ? ['email'] : []),
      'course',
      'enrolled_at',
      'progress_percent',
      'last_activity_at',
    ];
    const body = toCsv(
      header,
      items.map((s) => [
        s.name,
        ...(showEmails ? [s.email ?? ''] : []),
        s.courseTitle,
        s.enrolledAt.toISOString(),
        s.progressPercent,
        s.lastActivityAt.toISOString(),
      ]),
    );
    return csvResponse(`students${query.course ? `-${query.course}` : ''}.csv`, body);
  },
);
