import type { z } from 'zod';
import type {
  ListeningCategory,
  ListeningDifficulty,
  listeningPreset,
  listeningTemplate,
} from '#common/contracts/listening';

/** The wire shapes (no timestamps, so they are the contracts' own). */
export type ListeningTemplateWire = z.input<typeof listeningTemplate>;
export type ListeningPresetWire = z.input<typeof listeningPreset>;

/** The filters of the prompts page (from its address). */
export interface PromptFilters {
  category?: ListeningCategory;
  difficulty?: ListeningDifficulty;
  tag?: string;
}
