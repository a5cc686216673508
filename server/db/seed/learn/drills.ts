import type { DrillSeed } from './types';

/** The ear-training drills (Music theory): each type at three difficulties; `config` feeds its generator. */
export const musicDrills: DrillSeed[] = [
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
];
