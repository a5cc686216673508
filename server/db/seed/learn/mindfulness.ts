import type { TopicSeed } from './types';

export const mindfulnessTopic: TopicSeed = {
  key: 'mindfulness',
  name: 'Mindfulness',
  description: 'Attention training you can practise anywhere: breath, body, thoughts and the everyday.',
  icon: 'leaf',
  color: '#0d9488',
  skill: 'focus',
  lessons: [],
  drills: [],
};
