import { expect, test } from '@playwright/test';
import { topicSeeds } from '../server/db/seed/learn';
import { checkPage, expectClean } from './support/axe';
import { withE2eDatabase } from './support/database';
import { post } from './support/market';
import { signInLocally, uniqueName } from './support/session';

const productivity = topicSeeds.find((t) => t.key === 'productivity');
const lessonSeed = productivity?.lessons[0];

for (const scheme of ['light', 'dark'] as const) {
  test(`the Learn pages have no serious accessibility problems at phone width (${scheme})`, async ({ page }) => {
    test.slow(); // seven pages in several states, each analysed by axe
    if (!productivity || !lessonSeed) throw new Error('the curriculum lacks its first lesson');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    const name = uniqueName('Axe Learn');
    await signInLocally(page, name);

    // Something everywhere: the first lesson passed, an interval round played.
    const learn = await (await page.request.get('/api/learn')).json();
    const topic = learn.data.topics.find((t: { key: string }) => t.key === 'productivity');
    const detail = (await (await page.request.get(`/api/learn/topics/${topic.id}`)).json()).data;
    const lesson = detail.lessons.find((l: { key: string }) => l.key === lessonSeed.key);
    await post(page, `/api/learn/lessons/${lesson.id}/start`);
    await post(page, `/api/learn/lessons/${lesson.id}/complete`, { answers: lessonSeed.quiz.map((q) => q.answers) });
    const drill = learn.data.drills.find((d: { key: string }) => d.key === 'interval_beginner');
    const rhythm = learn.data.drills.find((d: { key: string }) => d.key === 'rhythm_beginner');
    const round = await post(page, `/api/learn/drills/${drill.id}/rounds`, { purpose: 'practice' });
    await post(page, `/api/learn/drills/${drill.id}/submit`, {
      round_id: round.id,
      answers: round.questions.map(() => 0),
    });

    await checkPage(page, '/learn', async (p) => {
      await expect(p.getByRole('link', { name: productivity.name, exact: true })).toBeVisible();
      await expect(p.getByText(/Best \d+%/)).toBeVisible();
    });
    await checkPage(page, `/learn/topics/${topic.id}`, async (p) => {
      await expect(p.getByText(/Completed · best 100%/)).toBeVisible();
    });
    await checkPage(page, `/learn/lessons/${lesson.id}`, async (p) => {
      await expect(p.getByRole('button', { name: 'Check answers' })).toBeVisible();
    });
    // The marked quiz, with a wrong answer among the right ones.
    for (const [i, q] of lessonSeed.quiz.entries()) {
      const wrong = q.kind === 'single' && i === 0 ? q.choices.findIndex((_, c) => !q.answers.includes(c)) : -1;
      const picks = wrong >= 0 ? [wrong] : q.answers;
      for (const a of picks) {
        await page
          .getByRole('group', { name: new RegExp(q.question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
          .getByLabel(q.choices[a] ?? '', { exact: true })
          .check();
      }
    }
    await page.getByRole('button', { name: 'Check answers' }).click();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expectClean(page, 'the marked quiz');

    // The drill player on a rhythm question (with the notation's legend open), then its results.
    await checkPage(page, `/learn/drills/${rhythm.id}`, async (p) => {
      await expect(p.getByRole('button', { name: 'Start' })).toBeVisible();
    });
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();
    await page.getByText('How to read the rhythms').click();
    await expectClean(page, 'a rhythm question');
    const choices = page.getByRole('list', { name: 'Choices' });
    while (await page.getByRole('heading', { name: /^Question \d+ of \d+$/ }).isVisible()) {
      const heading = await page.getByRole('heading', { name: /^Question \d+ of \d+$/ }).textContent();
      await choices.getByRole('button').first().click();
      await expect(page.getByRole('heading', { name: heading ?? '' })).toBeHidden();
    }
    await expect(page.getByRole('heading', { name: /^Score: \d+%$/ })).toBeVisible();
    await expectClean(page, 'a round’s results');

    await checkPage(page, '/learn/progress', async (p) => {
      await expect(p.getByRole('region', { name: 'Drill scores' })).toBeVisible();
    });

    // The review queue with the lesson due, then empty.
    await withE2eDatabase(async (db) => {
      await db.query(
        `update user_lesson_progress set due = now() - interval '1 hour'
          where lesson_id = $2 and user_id = (select id from users where name = $1)`,
        [name, lesson.id],
      );
      await db.query(
        `update user_drill_stats set due = now() + interval '1 day'
          where user_id = (select id from users where name = $1)`,
        [name],
      );
    });
    await checkPage(page, '/learn/review', async (p) => {
      await expect(p.getByRole('heading', { level: 2, name: lessonSeed.title })).toBeVisible();
      await expect(p.getByText('Overdue by 1 hour')).toBeVisible();
    });
    for (const q of lessonSeed.quiz) {
      for (const a of q.answers) {
        await page
          .getByRole('group', { name: new RegExp(q.question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
          .getByLabel(q.choices[a] ?? '', { exact: true })
          .check();
      }
    }
    await page.getByRole('button', { name: 'Check answers' }).click();
    await expect(page.getByRole('button', { name: 'Save rating' })).toBeVisible();
    await expectClean(page, 'the rating');
    await page.getByRole('button', { name: 'Save rating' }).click();
    await expect(page.getByText('Nothing to review')).toBeVisible();
    await expectClean(page, 'the empty queue');
  });
}
