import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { injectUpload, multipartForm, wav } from './audio';
import { type ExerciseIds, seedExercise } from './exercise';
import type { TestUser } from './factories';
import { storeFrames } from './frames';
import { recordAs } from './game';
import type { TestApp } from './harness';
import { ALL_RIGHT, addLearnContent, roundAnswers } from './learn';

/** The ids `seedEveryModule` made, for the routes that read one object. */
export interface SeededIds extends ExerciseIds {
  /** The user the rows belong to (their purchases are in the audit log). */
  user: string;
  habit: string;
  goal: string;
  quest: string;
  library: string;
  feedback: string;
  inbox: string;
  idea: string;
  infobase: string;
  reference: string;
  track: string;
  /** The completed analysis of `track`, with frames and events. */
  analysis: string;
  event: string;
  feedPath: string;
  annotation: string;
  region: string;
  /** A book being read, with two sessions and a cover. */
  book: string;
  /** A topic of its own with a lesson passed and reviewed, and a drill played and reviewed. */
  learnTopic: string;
  learnLesson: string;
  learnDrill: string;
}

/**
 * A few rows in every module for `user`, made through the API as the user would. Completions write the game layer: ledger, activity, streaks, skills, quest progress,
 * achievements and their inbox notifications. The clock moves forward by about half an hour.
 */
export async function seedEveryModule(t: TestApp, user: TestUser): Promise<SeededIds> {
  const send = async (method: string, url: string, payload?: object, status = [200, 201, 204]) => {
    const res: LightMyRequestResponse = await user.inject({ method: method as 'POST', url, payload });
    expect(status, `${method} ${url}: ${res.body}`).toContain(res.statusCode);
    return res.statusCode === 204 ? undefined : res.json().data;
  };
  const post = (url: string, payload: object = {}) => send('POST', url, payload);

  await send('PUT', '/api/settings/theme', { value: 'dark' });
  await post('/api/onboarding/start');
  await post('/api/onboarding/step', {});

  // Habits: completed today and yesterday, one skipped, one archived.
  const habits = [];
  for (const name of ['Stretch', 'Practice scales', 'Read', 'Old habit']) {
    habits.push((await post('/api/habits', { name, description: `${name} every day` })).id as string);
  }
  const [stretch, scales, read, old] = habits as [string, string, string, string];
  await post(`/api/habits/${stretch}/complete`);
  await post(`/api/habits/${scales}/complete`, { note: 'C major' });
  await post(`/api/habits/${read}/skip`, { note: 'Travelling' });
  await post(`/api/habits/${old}/archive`, { archived: true });

  // Goals with milestones; one completed.
  const goalId: string = (await post('/api/goals', { title: 'Finish the EP', category: 'music' })).id;
  for (const title of ['Write the hook', 'Mix', 'Master']) await post(`/api/goals/${goalId}/milestones`, { title });
  const detail = await send('GET', `/api/goals/${goalId}`);
  await post(`/api/goals/milestones/${detail.milestones[0].id}/complete`);
  const second = await post('/api/goals', { title: 'Learn a new synth', category: 'learning' });
  await send('PATCH', `/api/goals/${second.id}`, { status: 'completed' });

  // Personal quests: offered, accepted, completed.
  const quests = [];
  for (const title of ['Call the mastering engineer', 'Back up the sessions', 'Clean the studio']) {
    quests.push((await post('/api/quests', { title, difficulty: 'starter' })).id as string);
  }
  await post(`/api/quests/${quests[1]}/accept`);
  await post(`/api/quests/${quests[2]}/accept`);
  await post(`/api/quests/${quests[2]}/complete`);

  // Focus: a completed session, an abandoned one, presets, libraries with a track.
  const focus = await post('/api/focus', { mode: 'focus', duration_seconds: 300 });
  t.clock.advance(300_000);
  await post(`/api/focus/${focus.id}/complete`);
  const abandoned = await post('/api/focus', { mode: 'focus', duration_seconds: 300 });
  t.clock.advance(60_000);
  await post(`/api/focus/${abandoned.id}/abandon`);
  await post('/api/focus/presets', { name: 'Classic' });
  await post('/api/focus/presets', { name: 'Long', focus_minutes: 50, is_default: true });
  const library = await post('/api/focus/libraries', { name: 'Rain' });
  await post('/api/focus/libraries', { name: 'Piano', is_favorite: true });
  await post(`/api/focus/libraries/${library.id}/tracks`, { track_id: await uploadedTrack(user, 'Waves') });
  const track = await uploadedTrack(user, 'Kick study');
  // Its analysis, completed with frames (three chunks at 10 ms) and events.
  const { analysisId } = await storeFrames(t, user, { trackId: track });

  // Reference track notes (the uploaded track lasts 200 ms): annotations at a point and over a
  // range, regions.
  const annotation = await post(`/api/reference/tracks/${track}/annotations`, { start_ms: 20, body: 'Kick' });
  await post(`/api/reference/tracks/${track}/annotations`, {
    start_ms: 50,
    end_ms: 90,
    body: 'Pads',
    type: 'mix',
    tags: ['mix'],
  });
  await send('PATCH', `/api/reference/annotations/${annotation.id}`, { tags: ['drums'] });
  const region = await post(`/api/reference/tracks/${track}/regions`, { name: 'Intro', start_ms: 0, end_ms: 100 });
  await post(`/api/reference/tracks/${track}/regions`, { name: 'Drop', kind: 'loop', start_ms: 100, end_ms: 200 });
  await send('PATCH', `/api/reference/tracks/${track}/regions/${region.id}`, { is_favorite: true });

  // Calendar: a one-off event, a weekly series with a cancelled occurrence, a feed address.
  const day = t.clock.now().toISOString().slice(0, 10);
  const start = (hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const event = await post('/api/calendar', { title: 'Mix review', start_time: start(15), timezone: 'UTC' });
  const series = await post('/api/calendar', {
    title: 'Band practice',
    start_time: start(18),
    end_time: start(20),
    timezone: 'UTC',
    recurrence_rule: 'FREQ=WEEKLY;COUNT=8',
    habit_id: scales,
  });
  await post(`/api/calendar/${series.id}/exceptions`, { occurrence_start: start(18), cancelled: true });
  const feed = await post('/api/calendar/feed-token');

  // The day's plan: generated, a custom item, one item done, notes.
  await post('/api/plan/generate');
  const plan = await post('/api/plan/items', { title: 'Export stems', duration_minutes: 30 });
  await post(`/api/plan/items/${plan.items.at(-1).id}/complete`);
  await send('PATCH', '/api/plan', { notes: 'Slow morning.' });

  // Inbox: captures read, archived and processed into an idea.
  const inbox = [];
  for (const title of ['Bassline idea', 'Buy strings', 'Sidechain trick', 'Call Sam']) {
    inbox.push((await post('/api/inbox', { title, body: `${title}, details`, tags: ['music'] })).id as string);
  }
  await send('PATCH', `/api/inbox/${inbox[1]}`, { read: true });
  await send('PATCH', `/api/inbox/${inbox[3]}`, { archived: true });
  await post(`/api/inbox/${inbox[2]}/process`, { target: 'idea' });

  // Notes of the three kinds, one archived each; feedback.
  const notes: Record<string, string> = {};
  for (const kind of ['ideas', 'infobase', 'references']) {
    const link = kind === 'references' ? { url: 'https://example.com/mixing' } : {};
    for (const title of ['Gain staging', 'Sidechain the pads', 'Old note']) {
      const body = { title, body: `${title}: keep peaks around -6 dBFS.`, category: 'mixing', tags: ['mix'], ...link };
      notes[`${kind}:${title}`] = (await post(`/api/${kind}`, body)).id;
    }
    await send('PATCH', `/api/${kind}/${notes[`${kind}:Old note`]}`, { archived: true });
  }
  const feedback = await post('/api/feedback', { type: 'praise', body: 'Love the focus timer.' });
  await post('/api/feedback', { type: 'bug', body: 'The heat-map flickers.', page: '/habits' });

  // Market: XP to level 10 (two granted items, one claimed) and coins; a personal reward bought and
  // enjoyed, a boost bought and redeemed, a frame worn, a theme left unworn.
  await recordAs(t, user.id, {
    type: 'goal_complete',
    idempotency_key: 'goal_complete:market',
    reward: { xp: 12_000, coins: 1_000 },
  });
  const reward = await post('/api/market/rewards', { title: 'An hour of gaming', cost_coins: 50, daily_limit: 3 });
  const enjoyed = await post('/api/market/purchase', { reward_id: reward.id });
  await post(`/api/market/purchases/${enjoyed.purchase.id}/redeem`);
  const boost = await post('/api/market/purchase', { item_key: 'xp_boost_1h' });
  await post(`/api/market/purchases/${boost.purchase.id}/redeem`);
  const frame = await post('/api/market/purchase', { item_key: 'avatar_frame_bronze' });
  await post(`/api/market/purchases/${frame.purchase.id}/equip`);
  await post('/api/market/purchase', { item_key: 'theme_forest' });
  const granted = await send('GET', '/api/market/user-rewards');
  await post(`/api/market/user-rewards/${granted[0].id}/claim`);

  // Books: two being read (one with two sessions and a cover), one finished.
  const dune = (await post('/api/books', { title: 'Dune', author: 'Frank Herbert', total_pages: 412 })).book.id;
  await post(`/api/books/${dune}/sessions`, { pages: 30, minutes: 25 });
  await post(`/api/books/${dune}/sessions`, { end_page: 50 });
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  const coverForm = multipartForm('cover.png', png, 'image/png');
  const covered = await user.inject({
    method: 'PUT',
    url: `/api/books/${dune}/cover`,
    payload: coverForm.payload,
    headers: { 'content-type': coverForm.contentType },
  });
  expect(covered.statusCode, covered.body).toBe(200);
  await post('/api/books', { title: 'Emma', status: 'reading' });
  await post('/api/books', { title: 'Short stories', total_pages: 40, status: 'finished' });
  // Exercise: custom exercises, templates, sessions with records, an active program.
  const exercise = await seedExercise(t, user);

  // Learn: a lesson passed, a drill played twice, both reviewed once due; another review round left unused.
  const learn = await addLearnContent(t, { lessons: 2, question_count: 3 });
  const playRound = async (purpose: 'practice' | 'review') => {
    const round = await post(`/api/learn/drills/${learn.drill}/rounds`, { purpose });
    await post(`/api/learn/drills/${learn.drill}/submit`, {
      round_id: round.id,
      answers: await roundAnswers(t, round.id),
    });
    return round.id as string;
  };
  await post(`/api/learn/lessons/${learn.lesson}/complete`, { answers: ALL_RIGHT });
  await post(`/api/learn/lessons/${learn.lessons[1]}/start`);
  await playRound('practice');
  await playRound('practice');
  t.clock.advance(11 * 60_000);
  await post(`/api/learn/lessons/${learn.lesson}/complete`, { answers: ALL_RIGHT });
  await post(`/api/learn/review/lesson/${learn.lesson}`, { rating: 'good' });
  await post(`/api/learn/review/drill/${learn.drill}`, { rating: 'again', round_id: await playRound('review') });

  return {
    user: user.id,
    habit: stretch,
    goal: goalId,
    quest: quests[1] as string,
    library: library.id,
    feedback: feedback.id,
    inbox: inbox[0] as string,
    idea: notes['ideas:Gain staging'] as string,
    infobase: notes['infobase:Gain staging'] as string,
    reference: notes['references:Gain staging'] as string,
    track,
    analysis: analysisId,
    event: event.id,
    feedPath: new URL(feed.url).pathname,
    annotation: annotation.id,
    region: region.id,
    book: dune,
    learnTopic: learn.topic,
    learnLesson: learn.lesson,
    learnDrill: learn.drill,
    ...exercise,
  };
}

/** A reference track the user uploads (a short generated WAV), tagged so the tag filter finds it. */
async function uploadedTrack(user: TestUser, title: string): Promise<string> {
  const id = await injectUpload(user, `${title}.wav`, wav({ seconds: 0.2 }));
  const tagged = await user.inject({ method: 'PATCH', url: `/api/reference/tracks/${id}`, payload: { tags: ['mix'] } });
  expect(tagged.statusCode, tagged.body).toBe(200);
  return id;
}
