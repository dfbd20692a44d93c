import { inject } from 'vitest';

// Must run before any module reads lib/env.ts.
process.env.DATABASE_URL = inject('databaseUrl');
