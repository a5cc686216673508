import { eq } from 'drizzle-orm';
import type { interestKeys } from '#common/settings';
import type { DbOrTx } from '../client';
import { onboarding_flows, onboarding_steps } from '../schema';
import { upsertByKey } from './upsert';

export const ONBOARDING_FLOW_KEY = 'welcome';

const interestLabels: Record<(typeof interestKeys)[number], string> = {
  focus: 'Deep focus',
  habits: 'Building habits',
  goals: 'Reaching goals',
  fitness: 'Training and fitness',
  reading: 'Reading more',
  learning: 'Learning new things',
  music_production: 'Music production',
  ear_training: 'Ear training',
  planning: 'Planning my days',
};

/** The five steps; `config` is what the web app needs to render each step type. */
export const onboardingStepSeeds = [
  {
    key: 'welcome',
    step_type: 'welcome',
    title: 'Welcome to Cadence',
    body: 'Cadence keeps your days, your practice and your progress in one place, and makes showing up feel rewarding. This takes about a minute.',
    config: {},
    is_required: false,
  },
  {
    key: 'interests',
    step_type: 'multi_select',
    title: 'What do you want to work on?',
    body: 'Pick as many as you like. Your picks decide what Today suggests first; to pick again, restart onboarding from Settings.',
    config: {
      setting: 'interests',
      min: 1,
      options: Object.entries(interestLabels).map(([value, label]) => ({ value, label })),
    },
    is_required: true,
  },
  {
    key: 'first_goal',
    step_type: 'form',
    title: 'Set a first goal',
    body: 'Something you would like to have done in the next few weeks. Small is fine: you can break it into milestones later.',
    config: {
      creates: 'goal',
      fields: [
        { name: 'title', label: 'Goal', type: 'text', required: true, max_length: 200 },
        { name: 'target_date', label: 'Target date', type: 'date', required: false },
      ],
    },
    is_required: false,
  },
  {
    key: 'tour',
    step_type: 'tour',
    title: 'A quick look around',
    body: 'Here is where things live.',
    config: {
      stops: [
        { route: '/', title: 'Today', text: 'Your next step, your plan and your progress at a glance.' },
        { route: '/focus', title: 'Focus', text: 'Start a timed session; it keeps running on every device.' },
        { route: '/habits', title: 'Habits', text: 'Check off habits and watch their strength grow.' },
        { route: '/quests', title: 'Quests', text: 'Daily, weekly and monthly challenges with rewards.' },
        { route: '/progress', title: 'Progress', text: 'Levels, skills, streaks and achievements.' },
      ],
    },
    is_required: false,
  },
  {
    key: 'done',
    step_type: 'completion',
    title: "You're all set",
    body: 'Start with one small thing today. Everything you do from here counts.',
    config: {},
    is_required: false,
  },
] as const;

export async function seedOnboarding(db: DbOrTx): Promise<void> {
  await upsertByKey(
    db,
    onboarding_flows,
    [onboarding_flows.key],
    [
      {
        key: ONBOARDING_FLOW_KEY,
        name: 'Welcome',
        description: 'The first-run flow: interests, a first goal and a short tour.',
        is_active: true,
      },
    ],
    ['is_active'],
  );
  const [flow] = await db
    .select({ id: onboarding_flows.id })
    .from(onboarding_flows)
    .where(eq(onboarding_flows.key, ONBOARDING_FLOW_KEY));
  if (!flow) throw new Error('The onboarding flow was not seeded.');
  await upsertByKey(
    db,
    onboarding_steps,
    [onboarding_steps.flow_id, onboarding_steps.key],
    onboardingStepSeeds.map((step, i) => ({
      ...step,
      config: { ...step.config },
      flow_id: flow.id,
      step_order: i + 1,
    })),
  );
}
