import { TriangleAlert } from 'lucide-react';
import { cn } from '@/lib/cn';
import type { AnalysisResultsWire } from './api';
import {
  formatDb,
  keyHint,
  loudnessHint,
  loudnessRangeHint,
  plrHint,
  TRUE_PEAK_CEILING_DBTP,
  tempoHint,
  truePeakHint,
} from './hints';

interface Reading {
  label: string;
  value: string;
  hint: string;
  /** Said beside the hint: how sure the estimate is, as a percentage. */
  confidence?: number | null;
  warn?: boolean;
}

const withUnit = (value: number | null, unit: string) => (value === null ? '—' : `${formatDb(value)} ${unit}`);
const bpmText = (bpm: number) =>
  Number.isInteger(Math.round(bpm * 10) / 10) ? String(Math.round(bpm)) : bpm.toFixed(1);

/** The rows of the numbers panel: each value with its plain-language hint (hints.ts). */
export function readings(r: AnalysisResultsWire): Reading[] {
  return [
    { label: 'Integrated loudness', value: withUnit(r.integrated_lufs, 'LUFS'), hint: loudnessHint(r.integrated_lufs) },
    {
      label: 'Loudness range',
      value: withUnit(r.loudness_range_lu, 'LU'),
      hint: loudnessRangeHint(r.loudness_range_lu),
    },
    {
      label: 'True peak',
      value: withUnit(r.true_peak_dbtp, 'dBTP'),
      hint: truePeakHint(r.true_peak_dbtp),
      warn: r.true_peak_dbtp !== null && r.true_peak_dbtp > TRUE_PEAK_CEILING_DBTP,
    },
    { label: 'Peak to loudness (PLR)', value: withUnit(r.plr_db, 'dB'), hint: plrHint(r.plr_db) },
    {
      label: 'Tempo',
      value: r.bpm === null ? '—' : `${bpmText(r.bpm)} BPM`,
      hint: tempoHint(r.bpm, r.bpm_confidence),
      confidence: r.bpm === null ? null : r.bpm_confidence,
    },
    {
      label: 'Key',
      value: r.key ?? '—',
      hint: keyHint(r.key, r.key_confidence, r.key_runner_up),
      confidence: r.key === null ? null : r.key_confidence,
    },
  ];
}

/**
 * The numbers of a completed analysis (integrated loudness, loudness range, true peak, PLR,
 * tempo, key), each with what it means in plain words.
 */
export function AnalysisNumbers({ results, className }: { results: AnalysisResultsWire; className?: string }) {
  return (
    <dl aria-label="Analysis numbers" className={cn('grid gap-3 sm:grid-cols-2 lg:grid-cols-3', className)}>
      {readings(results).map((r) => (
        <div key={r.label} className="rounded-lg border border-line bg-subtle/60 p-3">
          <dt className="text-xs font-medium text-muted">{r.label}</dt>
          <dd className="mt-0.5 text-lg font-semibold text-fg tabular-nums">{r.value}</dd>
          <dd className={cn('mt-1 flex gap-1.5 text-sm', r.warn ? 'text-danger' : 'text-muted')}>
            {r.warn && <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />}
            <span>
              {r.hint}
              {r.confidence != null && ` (${Math.round(r.confidence * 100)}% confidence)`}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
