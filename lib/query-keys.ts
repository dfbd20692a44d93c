/** Query key factories (STYLE §9): every useQuery and invalidateQueries goes through these. */
export const queryKeys = {
  recs: {
    all: ['recs'] as const,
    forMe: (limit: number) => ['recs', 'me', { limit }] as const,
    similar: (courseId: string, limit: number) => ['recs', 'similar', courseId, { limit }] as const,
  },
  studio: {
    curriculum: (courseId: string) => ['studio', 'curriculum', courseId] as const,
    suggest: (courseId: string, text: string, tags: string) =>
      ['studio', 'suggest', courseId, { text, tags }] as const,
  },
} as const;
