import type { TopicSeed } from './types';

export const fitnessTopic: TopicSeed = {
  key: 'fitness_fundamentals',
  name: 'Fitness fundamentals',
  description: 'The principles of training: strength, endurance, progression, recovery and moving well.',
  icon: 'dumbbell',
  color: '#dc2626',
  skill: 'strength',
  lessons: [],
  drills: [],
};
