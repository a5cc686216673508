import type { z } from 'zod';
import type { DrillQuestion } from '#common/contracts/learn';
import type { DrillType } from '#common/enums';
import { chord, chordConfig } from './chord';
import { interval, intervalConfig } from './interval';
import { note, noteConfig } from './note';
import { rhythm, rhythmConfig } from './rhythm';
import { scale, scaleConfig } from './scale';
import type { Generator, Random } from './shared';
import { cryptoRandom } from './shared';

export { chordConfig } from './chord';
export { intervalConfig } from './interval';
export { noteConfig } from './note';
export { rhythmConfig } from './rhythm';
export { scaleConfig } from './scale';
export { cryptoRandom, type Random } from './shared';

export interface DrillSpec {
  drill_type: DrillType;
  config: Record<string, unknown>;
}

interface Kind<Schema extends z.ZodType> {
  schema: Schema;
  generate: Generator<z.output<Schema>>;
}
const kind = <Schema extends z.ZodType>(schema: Schema, generate: Generator<z.output<Schema>>): Kind<Schema> => ({
  schema,
  generate,
});

const kinds = {
  interval: kind(intervalConfig, interval),
  note: kind(noteConfig, note),
  chord_quality: kind(chordConfig, chord),
  scale: kind(scaleConfig, scale),
  rhythm: kind(rhythmConfig, rhythm),
} satisfies Record<DrillType, Kind<z.ZodType>>;

/** Each drill type's config schema, to check a config before it is stored. */
export const drillConfigSchemas: { [T in DrillType]: (typeof kinds)[T]['schema'] } = {
  interval: intervalConfig,
  note: noteConfig,
  chord_quality: chordConfig,
  scale: scaleConfig,
  rhythm: rhythmConfig,
};

/** `count` questions for a drill, from its type's generator and its config (which must parse). */
export function generateQuestions(drill: DrillSpec, count: number, random: Random = cryptoRandom): DrillQuestion[] {
  const { schema, generate } = kinds[drill.drill_type] as Kind<z.ZodType>;
  const config = schema.parse(drill.config);
  return Array.from({ length: count }, () => generate(config, random));
}
