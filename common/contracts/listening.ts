import { z } from 'zod';
import {
  BAND_MAX_HZ,
  BAND_MIN_HZ,
  type ListeningPresetConfig,
  LOOP_MAX_BARS,
  listeningComparisonModes,
} from '../catalogue';
import { listeningCategories, listeningDifficulties, listeningPresetTypes } from '../enums';

/**
 * Listening prompts (`/api/listening`, SPEC §6): a read-only library of critical-listening
 * exercises and player presets. Administrators edit it; users browse it and start a prompt on a
 * track. Nothing a user does here is stored.
 */

export const listeningCategory = z.enum(listeningCategories);
export type ListeningCategory = z.output<typeof listeningCategory>;
export const listeningDifficulty = z.enum(listeningDifficulties);
export type ListeningDifficulty = z.output<typeof listeningDifficulty>;
export const listeningPresetType = z.enum(listeningPresetTypes);
export type ListeningPresetType = z.output<typeof listeningPresetType>;

/** A catalogue key: lower case letters, digits and underscores, starting with a letter. */
export const LISTENING_KEY = /^[a-z][a-z0-9_]{0,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const listeningPreset = z.object({
  id: z.uuid(),
  key: z.string(),
  /** The template the preset belongs to; null for a preset that stands alone. */
  template_id: z.uuid().nullable(),
  name: z.string(),
  description: z.string(),
  preset_type: listeningPresetType,
  /** `{low_hz, high_hz}` for a focus band, `{mode, gain_match}` for a comparison, `{bars}` for a loop. */
  config: z.record(z.string(), z.unknown()),
  sort_order: z.number().int(),
});
export type ListeningPreset = z.output<typeof listeningPreset>;

export const listeningTemplate = z.object({
  id: z.uuid(),
  /** Stable; the web app puts it in the address of a prompt started on a track. */
  key: z.string(),
  title: z.string(),
  description: z.string(),
  category: listeningCategory,
  difficulty: listeningDifficulty,
  /** What to listen for, in one or two paragraphs. */
  prompt: z.string(),
  hints: z.array(z.string()),
  /** What a listener usually notices; shown after listening, to compare notes with. */
  expected_observations: z.array(z.string()),
  tags: z.array(z.string()),
  sort_order: z.number().int(),
  /** The template's own presets (active ones), in order. */
  presets: z.array(listeningPreset),
});
export type ListeningTemplate = z.output<typeof listeningTemplate>;

/** Filters of `GET /api/listening/templates`; the whole (small) catalogue comes back in one page. */
export const listeningTemplatesQuery = z.strictObject({
  category: listeningCategory.optional(),
  difficulty: listeningDifficulty.optional(),
  /** Templates carrying this tag (exact, lower case). */
  tag: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Use a tag of lower-case letters, digits and hyphens')
    .optional(),
});
export type ListeningTemplatesQuery = z.input<typeof listeningTemplatesQuery>;

/** A template is addressed by its id or by its key (`/api/listening/templates/low_end_kick_bass`). */
export const listeningTemplateParams = z.object({
  id: z
    .string()
    .regex(
      /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[a-z][a-z0-9_]{0,63})$/,
      'Use a template id or key',
    ),
});

/** Filters of `GET /api/listening/presets`. */
export const listeningPresetsQuery = z.strictObject({
  type: listeningPresetType.optional(),
  /** Only the presets of this template; `none` for the presets that stand alone. */
  template_id: z.union([z.uuid(), z.literal('none')]).optional(),
});
export type ListeningPresetsQuery = z.input<typeof listeningPresetsQuery>;

export const isUuid = (value: string) => UUID.test(value);

// ── Starting a prompt on a track ─────────────────────────────────────────────────
// The address of a prompt started on a track carries its state in the query string, so the
// track page can set up the player without storing anything (docs/RULES.md "Listening"):
//   /reference/tracks/:id?prompt=<key>&band=<low_hz>-<high_hz>&loop=<bars>&compare=<mode>[&gain_match=0]
// Only `prompt` is required. Before a track is chosen the address is /reference?prompt=<key>&….

/** The query-string state of a prompt started on a track (every value optional but `prompt`). */
export const listeningPromptState = z.object({
  prompt: z.string().regex(LISTENING_KEY),
  band: z
    .string()
    .regex(/^\d{2,5}-\d{2,5}$/)
    .transform((v) => v.split('-').map(Number) as [number, number])
    .refine(([lo, hi]) => lo >= BAND_MIN_HZ && hi <= BAND_MAX_HZ && lo < hi, 'Not a band within 20 Hz–20 kHz')
    .optional()
    .catch(undefined),
  loop: z.coerce.number().int().min(1).max(LOOP_MAX_BARS).optional().catch(undefined),
  compare: z.enum(listeningComparisonModes).optional().catch(undefined),
  gain_match: z
    .enum(['0', '1'])
    .transform((v) => v === '1')
    .optional()
    .catch(undefined),
});
export type ListeningPromptState = z.output<typeof listeningPromptState>;

/**
 * The query string for starting a template on a track: its key, and the first focus band, loop
 * and comparison among its presets. `gain_match=0` appears only when a comparison turns it off.
 */
export function promptSearch(template: {
  key: string;
  presets: { preset_type: string; config: Record<string, unknown> }[];
}): string {
  const params = new URLSearchParams({ prompt: template.key });
  for (const preset of template.presets) {
    const p = { preset_type: preset.preset_type, config: preset.config } as ListeningPresetConfig;
    if (p.preset_type === 'focus_band' && !params.has('band'))
      params.set('band', `${p.config.low_hz}-${p.config.high_hz}`);
    if (p.preset_type === 'loop' && !params.has('loop')) params.set('loop', String(p.config.bars));
    if (p.preset_type === 'comparison' && !params.has('compare')) {
      params.set('compare', p.config.mode);
      if (!p.config.gain_match) params.set('gain_match', '0');
    }
  }
  return params.toString();
}
