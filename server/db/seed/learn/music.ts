import { musicDrills } from './drills';
import type { TopicSeed } from './types';

export const musicTopic: TopicSeed = {
  key: 'music_theory',
  name: 'Music theory',
  description: 'The language of music for the ear and the page: intervals, scales, chords and rhythm.',
  icon: 'music',
  color: '#9333ea',
  skill: 'creativity',
  lessons: [],
  drills: musicDrills,
};
