import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../client';
import { learn_drills, learn_lessons, learn_topics } from '../../schema';
import { upsertByKey } from '../upsert';
import { fitnessTopic } from './fitness';
import { habitsTopic } from './habits';
import { mindfulnessTopic } from './mindfulness';
import { musicTopic } from './music';
import { productivityTopic } from './productivity';
import type { TopicSeed } from './types';

/** The curriculum, in the order the Learn page lists it. */
export const topicSeeds: TopicSeed[] = [productivityTopic, habitsTopic, fitnessTopic, mindfulnessTopic, musicTopic];

/** Upserts topics, then their lessons and drills, by key. `is_active` is left to the admins once set. */
export async function seedLearn(db: DbOrTx): Promise<void> {
  await upsertByKey(
    db,
    learn_topics,
    [learn_topics.key],
    topicSeeds.map((t, i) => ({
      key: t.key,
      name: t.name,
      description: t.description,
      icon: t.icon,
      color: t.color,
      sort_order: i,
    })),
  );
  const topics = await db
    .select({ id: learn_topics.id, key: learn_topics.key })
    .from(learn_topics)
    .where(
      inArray(
        learn_topics.key,
        topicSeeds.map((t) => t.key),
      ),
    );
  const topicId = new Map(topics.map((t) => [t.key, t.id]));
  const idOf = (key: string) => {
    const id = topicId.get(key);
    if (!id) throw new Error(`Topic ${key} was not seeded`);
    return id;
  };
  await upsertByKey(
    db,
    learn_lessons,
    [learn_lessons.key],
    topicSeeds.flatMap((t) =>
      t.lessons.map((l, i) => ({ ...l, topic_id: idOf(t.key), skill_key: t.skill, sort_order: i })),
    ),
  );
  await upsertByKey(
    db,
    learn_drills,
    [learn_drills.key],
    topicSeeds.flatMap((t) => t.drills.map((d, i) => ({ ...d, topic_id: idOf(t.key), sort_order: i }))),
  );
}
