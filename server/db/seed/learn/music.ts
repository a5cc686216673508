import type { TopicSeed } from './types';

export const musicTopic: TopicSeed = {
  key: 'music_theory',
  name: 'Music theory',
  description: 'The language of music for the ear and the page: intervals, scales, chords and rhythm.',
  icon: 'music',
  color: '#9333ea',
  skill: 'creativity',
  lessons: [],
  drills: [
    {
      key: 'interval_beginner',
      title: 'Intervals: the basics',
      description: 'Name the distance between two notes played one after the other, going up.',
      drill_type: 'interval',
      difficulty: 'beginner',
      question_count: 10,
      config: { intervals: ['M2', 'M3', 'P4', 'P5', 'P8'], direction: 'ascending', range: ['C4', 'C5'] },
      xp_reward: 10,
      coin_reward: 2,
    },
  ],
};
