import type { TopicSeed } from './types';

export const habitsTopic: TopicSeed = {
  key: 'habit_science',
  name: 'Habit science',
  description: 'How habits form and how to shape them: cues, routines, rewards, friction and the long middle.',
  icon: 'repeat',
  color: '#16a34a',
  skill: 'discipline',
  lessons: [],
  drills: [],
};
