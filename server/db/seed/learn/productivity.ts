import type { TopicSeed } from './types';

export const productivityTopic: TopicSeed = {
  key: 'productivity',
  name: 'Productivity',
  description: 'Plan, prioritise and protect your attention: the working methods behind deep, sustainable output.',
  icon: 'target',
  color: '#2563eb',
  skill: 'focus',
  lessons: [],
  drills: [],
};
