import type { SkillKey } from '#common/enums';
import type { DbOrTx } from '../client';
import { skill_definitions } from '../schema';
import { upsertByKey } from './upsert';

/** The six skills; events grant stars to them (10 stars a level, up to level 100). */
const skills: { key: SkillKey; name: string; description: string; icon: string; color: string }[] = [
  {
    key: 'focus',
    name: 'Focus',
    description: 'Grows with every minute of uninterrupted work in a focus session.',
    icon: 'brain',
    color: '#6366f1',
  },
  {
    key: 'discipline',
    name: 'Discipline',
    description: 'Grows when you keep your habits and finish what you planned.',
    icon: 'target',
    color: '#0ea5e9',
  },
  {
    key: 'strength',
    name: 'Strength',
    description: 'Grows with the sets you lift and the records you break.',
    icon: 'dumbbell',
    color: '#ef4444',
  },
  {
    key: 'endurance',
    name: 'Endurance',
    description: 'Grows with the time you spend moving in your workouts.',
    icon: 'heart-pulse',
    color: '#f97316',
  },
  {
    key: 'creativity',
    name: 'Creativity',
    description: 'Grows with music work: studying reference tracks and training your ears.',
    icon: 'palette',
    color: '#d946ef',
  },
  {
    key: 'knowledge',
    name: 'Knowledge',
    description: 'Grows with the pages you read and the lessons you complete.',
    icon: 'book-open',
    color: '#10b981',
  },
];

export async function seedSkills(db: DbOrTx): Promise<void> {
  await upsertByKey(
    db,
    skill_definitions,
    [skill_definitions.key],
    skills.map((s, i) => ({ ...s, stars_per_level: 10, max_level: 100, sort_order: i + 1, is_active: true })),
    ['is_active'],
  );
}
