import type { ListeningPresetConfig } from '#common/catalogue';
import type { ListeningCategory, ListeningDifficulty } from '#common/contracts/listening';
import { listeningCategories, listeningDifficulties } from '#common/enums';
import type { ListeningPresetWire } from '../api/types';

export const categoryLabels: Record<ListeningCategory, string> = {
  general: 'General listening',
  frequency: 'Frequency and tone',
  dynamics: 'Dynamics',
  stereo: 'Stereo image',
  arrangement: 'Arrangement',
  sound_design: 'Sound design',
  mixing: 'Mixing',
  mastering: 'Mastering',
};

export const difficultyLabels: Record<ListeningDifficulty, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
  expert: 'Expert',
};

export const isCategory = (v: string | null): v is ListeningCategory =>
  (listeningCategories as readonly string[]).includes(v ?? '');
export const isDifficulty = (v: string | null): v is ListeningDifficulty =>
  (listeningDifficulties as readonly string[]).includes(v ?? '');

/** 2000 → "2 kHz", 150 → "150 Hz". */
export function hz(value: number): string {
  return value >= 1000 ? `${Number((value / 1000).toFixed(1))} kHz` : `${value} Hz`;
}

const comparisonLabels = {
  track_ab: 'A/B with a reference',
  mono_fold: 'Stereo against mono',
  mid_side: 'Mid against side',
} as const;

/** What a preset sets up, in a few words: "Focus 30 Hz–150 Hz", "Loop 4 bars", "Stereo against mono, loudness-matched". */
export function presetSummary(preset: Pick<ListeningPresetWire, 'preset_type' | 'config'>): string {
  const p = { preset_type: preset.preset_type, config: preset.config } as ListeningPresetConfig;
  switch (p.preset_type) {
    case 'focus_band':
      return `Focus ${hz(p.config.low_hz)}–${hz(p.config.high_hz)}`;
    case 'loop':
      return `Loop ${p.config.bars} ${p.config.bars === 1 ? 'bar' : 'bars'}`;
    case 'comparison':
      return `${comparisonLabels[p.config.mode] ?? 'Comparison'}${p.config.gain_match ? ', loudness-matched' : ''}`;
    default:
      return 'Preset';
  }
}
