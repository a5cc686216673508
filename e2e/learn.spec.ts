import { expect, type Page, test } from '@playwright/test';
import { topicSeeds } from '../server/db/seed/learn';
import { withE2eDatabase } from './support/database';
import { signInLocally, uniqueName } from './support/session';

/** The toasts region sonner renders; each toast is one list item. */
const toasts = (page: Page) => page.getByRole('region', { name: /Notifications/ }).getByRole('listitem');

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const productivity = topicSeeds.find((t) => t.key === 'productivity');
const firstLesson = productivity?.lessons[0];
const intervals = topicSeeds.flatMap((t) => t.drills).find((d) => d.key === 'interval_beginner');

/** Answers the lesson's quiz on the page with the catalogue's right answers. */
async function answerQuiz(page: Page) {
  if (!firstLesson) throw new Error('the curriculum has no productivity lesson');
  for (const q of firstLesson.quiz) {
    const group = page.getByRole('group', { name: new RegExp(literal(q.question)) });
    for (const a of q.answers) {
      const choice = q.choices[a];
      if (choice === undefined) throw new Error(`no choice ${a} in "${q.question}"`);
      await group.getByLabel(choice, { exact: true }).check();
    }
  }
  await page.getByRole('button', { name: 'Check answers' }).click();
}

test('a newcomer reads a lesson and passes its quiz, plays an interval round, then reviews the lesson when it comes due', async ({
  page,
}) => {
  test.slow(); // a lesson, a round of ten questions and a review
  if (!productivity || !firstLesson || !intervals) throw new Error('the curriculum lacks the lesson or the drill');
  await page.setViewportSize({ width: 390, height: 844 });
  const name = uniqueName('Learner');
  await signInLocally(page, name);

  // The Learn page: nothing to review yet, the first lesson to start, the topics.
  await page.goto('/learn');
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
  await expect(page.getByText(/Nothing to review yet/)).toBeVisible();
  await page.getByRole('link', { name: productivity.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: productivity.name })).toBeVisible();
  await expect(page.getByText(`0 / ${productivity.lessons.length} completed`)).toBeVisible();

  // The lesson: its text, then the quiz, passed with the right answers, and the reward.
  await page.getByRole('link', { name: new RegExp(literal(firstLesson.title)) }).click();
  await expect(page.getByRole('heading', { level: 1, name: firstLesson.title })).toBeVisible();
  const lessonId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await expect(page.getByRole('heading', { name: 'Quiz' })).toBeVisible();
  await answerQuiz(page);
  await expect(page.getByRole('heading', { name: 'Passed: 100%' })).toBeVisible();
  await expect(page.getByText(/Lesson complete: \+\d+ XP/)).toBeVisible();
  await expect(
    toasts(page)
      .filter({ hasText: /\+\d+ XP/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Next lesson' })).toBeVisible();

  // The interval drill: Start, then ten questions answered by clicking and by the number keys.
  await page.goto('/learn');
  await page.getByRole('link', { name: intervals.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: intervals.title })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  const choices = page.getByRole('list', { name: 'Choices' });
  for (let i = 1; i <= intervals.question_count; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i} of ${intervals.question_count}` })).toBeVisible();
    if (i % 2 === 0) await page.keyboard.press(String((i % 5) + 1));
    else
      await choices
        .getByRole('button')
        .nth(i % 5)
        .click();
  }
  const score = page.getByRole('heading', { name: /^Score: \d+%$/ });
  await expect(score).toBeVisible();
  const percent = (await score.textContent())?.match(/(\d+)%/)?.[1] ?? '';
  await expect(page.getByText(new RegExp(`of ${intervals.question_count} right in \\d+:\\d\\d`))).toBeVisible();
  await expect(page.getByRole('button', { name: 'Replay question 1', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
  // The score is saved: the drill's best score, here and on the Learn page.
  await expect(page.getByLabel('Your scores').getByRole('definition').first()).toHaveText(`${percent}%`);
  await page.goto('/learn');
  await expect(
    page.getByRole('listitem').filter({ hasText: intervals.title }).getByText(`Best ${percent}%`),
  ).toBeVisible();

  // Time passes: the lesson comes due (and the drill, which a low score would bring back within
  // minutes, is kept for later so the queue holds the lesson alone).
  await withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>('select id from users where name = $1', [name]);
    const userId = rows[0]?.id;
    expect(userId, 'the signed-in user').toBeTruthy();
    const lesson = await db.query(
      `update user_lesson_progress set due = now() - interval '1 minute' where user_id = $1 and lesson_id = $2`,
      [userId, lessonId],
    );
    expect(lesson.rowCount).toBe(1);
    await db.query(`update user_drill_stats set due = now() + interval '1 day' where user_id = $1`, [userId]);
  });

  // The review queue: the lesson's quiz again, rated, and the queue empty.
  await page.goto('/learn');
  await expect(page.getByText(/1\s+card is due for review/)).toBeVisible();
  await page.getByRole('link', { name: 'Review now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: firstLesson.title })).toBeVisible();
  await answerQuiz(page);
  await expect(page.getByRole('heading', { name: 'Passed: 100%' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Good/ })).toBeChecked();
  await page.getByRole('radio', { name: /Easy/ }).check();
  await page.getByRole('button', { name: 'Save rating' }).click();
  await expect(page.getByText('Nothing to review')).toBeVisible();
  await expect(page.getByText(/The next review is due in/)).toBeVisible();
});

test('a drill that comes due is reviewed with a short round, then rated', async ({ page }) => {
  if (!intervals) throw new Error('the curriculum lacks the interval drill');
  await page.setViewportSize({ width: 390, height: 844 });
  const name = uniqueName('Ear');
  await signInLocally(page, name);

  // A practice round played in the player makes the drill a card.
  await page.goto('/learn');
  await page.getByRole('link', { name: intervals.title }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 1; i <= intervals.question_count; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i} of ${intervals.question_count}` })).toBeVisible();
    await page.keyboard.press('3');
  }
  await expect(page.getByRole('heading', { name: /^Score: \d+%$/ })).toBeVisible();

  await withE2eDatabase(async (db) => {
    const updated = await db.query(
      `update user_drill_stats set due = now() - interval '1 minute'
        where user_id = (select id from users where name = $1)`,
      [name],
    );
    expect(updated.rowCount).toBe(1);
  });

  await page.goto('/learn/review');
  await expect(page.getByRole('heading', { level: 2, name: intervals.title })).toBeVisible();
  await page.getByRole('button', { name: 'Start the review round' }).click();
  const choices = page.getByRole('list', { name: 'Choices' });
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i} of 5` })).toBeVisible();
    await choices.getByRole('button').first().click();
  }
  await expect(page.getByRole('heading', { name: /^Score: \d+%$/ })).toBeVisible();
  // A review's round pays nothing itself; its rating does.
  await expect(page.getByText(/drill rewards are spent/)).toBeHidden();
  await page.getByRole('radio', { name: /Again/ }).check();
  await page.getByRole('button', { name: 'Save rating' }).click();
  await expect(page.getByText('Nothing to review')).toBeVisible();
  await expect(toasts(page).filter({ hasText: '+15 XP' })).toHaveCount(1);
});
