import { afterAll } from 'vitest';

import { startS3rver } from './s3rver';

// The integration-s3 project: before any module reads lib/env.ts, point S3_* at a local s3rver, so
// getStorage() builds the S3 storage and the same upload tests run against a bucket.
const s3 = await startS3rver();
process.env.S3_BUCKET = s3.bucket;
process.env.S3_ENDPOINT = s3.endpoint;
process.env.S3_ACCESS_KEY_ID = s3.accessKeyId;
process.env.S3_SECRET_ACCESS_KEY = s3.secretAccessKey;
process.env.S3_FORCE_PATH_STYLE = '1';

afterAll(() => s3.close());
