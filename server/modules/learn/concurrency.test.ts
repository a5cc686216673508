import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/factories';
import { ctxFor, economy, ledgerRows } from '../../test/game';
import { createPooledTestApp, type TestApp } from '../../test/harness';
import { ALL_RIGHT, addLearnContent, roundAnswers } from '../../test/learn';
import * as lessons from './lessons.service';
import * as rounds from './rounds.service';

/** Answers sent at once, each in its own transaction on its own connection: PostgreSQL server only. */
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'Learn under concurrent transactions on a PostgreSQL server (skipped without TEST_DATABASE_URL)',
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createPooledTestApp();
    });
    afterAll(() => t.close());

    it('one round submitted 10 times at once: exactly one is marked, the stats and the ledger count it once', async () => {
      const user = await signUp(t);
      const { drill } = await addLearnContent(t, { question_count: 4 });
      const ctx = await ctxFor(t, user.id);
      const round = await rounds.issue(ctx, drill, { purpose: 'practice' });
      const answers = await roundAnswers(t, round.id);
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, async () =>
          rounds.submit(await ctxFor(t, user.id), drill, { round_id: round.id, answers }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 409, code: 'round_submitted' });
      }
      const after = await rounds.get(ctx, drill);
      expect(after.stats).toMatchObject({ sessions: 1, total_questions: 4, total_correct: 4 });
      expect(await ledgerRows(t, user.id, `drill_round:${round.id}`)).toHaveLength(1);
      const e = await economy(t, user.id);
      expect(e.coins).toBe(e.ledger_coins);
      expect(e.total_xp).toBe(e.ledger_xp);
    });

    it('different rounds answered at once are paid no more than the day’s cap', async () => {
      const user = await signUp(t);
      const { drill } = await addLearnContent(t, { question_count: 1 });
      const ctx = await ctxFor(t, user.id);
      const issued = [];
      for (let i = 0; i < rounds.DRILL_REWARDED_ROUNDS_PER_DAY + 4; i++) {
        issued.push(await rounds.issue(ctx, drill, { purpose: 'practice' }));
      }
      const results = await Promise.all(
        issued.map(async (r) =>
          rounds.submit(await ctxFor(t, user.id), drill, { round_id: r.id, answers: await roundAnswers(t, r.id) }),
        ),
      );
      expect(results.filter((r) => r.reward !== null)).toHaveLength(rounds.DRILL_REWARDED_ROUNDS_PER_DAY);
      const paid = (await ledgerRows(t, user.id)).filter((r) => r.idempotency_key.startsWith('drill_round:'));
      expect(paid).toHaveLength(rounds.DRILL_REWARDED_ROUNDS_PER_DAY);
    });

    it('a lesson passed 10 times at once pays once and counts every attempt', async () => {
      const user = await signUp(t);
      const { lesson } = await addLearnContent(t);
      const results = await Promise.all(
        Array.from({ length: 10 }, async () =>
          lessons.complete(await ctxFor(t, user.id), lesson, { answers: ALL_RIGHT }),
        ),
      );
      expect(results.filter((r) => r.reward !== null)).toHaveLength(1);
      expect(await ledgerRows(t, user.id, `lesson_complete:${lesson}`)).toHaveLength(1);
      const got = await lessons.get(await ctxFor(t, user.id), lesson);
      expect(got.progress).toMatchObject({ attempts: 10, status: 'completed' });
    });
  },
);
