import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_PER_HOUR } from '#common/contracts/feedback';
import { signUp } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { feedback } from './feedback.tables';

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'feedback under concurrency (skipped without TEST_DATABASE_URL: PGlite runs one query at a time)',
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it(`lets exactly ${FEEDBACK_PER_HOUR} of many simultaneous messages through in an hour`, async () => {
      const user = await signUp(t);
      const answers = await Promise.all(
        Array.from({ length: FEEDBACK_PER_HOUR + 8 }, (_, i) =>
          user.inject({ method: 'POST', url: '/api/feedback', payload: { type: 'bug', body: `report ${i}` } }),
        ),
      );
      const codes = answers.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 201)).toHaveLength(FEEDBACK_PER_HOUR);
      expect(codes.filter((c) => c === 429)).toHaveLength(8);
      expect(await t.database.db.select().from(feedback).where(eq(feedback.user_id, user.id))).toHaveLength(
        FEEDBACK_PER_HOUR,
      );
    });
  },
);
