import { useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { useRealtimeStatus } from '@/lib/events';
import { celebrate } from '@/lib/rewards';
import { useSettings } from '@/lib/settings';
import { type FocusPresetWire, useFocusPresets } from '../api/get-focus-presets';
import { useFocusStats } from '../api/get-focus-stats';
import { FocusHistoryCard } from '../components/focus-history-card';
import { FocusMusicCard } from '../components/focus-music-card';
import { FocusStatsCard, type StatsRange } from '../components/focus-stats-card';
import { FocusTimerCard, type PresetChoice, TimerCardSkeleton } from '../components/focus-timer-card';
import { useFocusEvents } from '../hooks/use-focus-events';
import type { TimerLengths } from '../utils/timer';

/** The registry's defaults, used only when the settings cannot be read. */
const FALLBACK: TimerLengths = {
  focus_minutes: 25,
  short_break_minutes: 5,
  long_break_minutes: 15,
  sessions_before_long_break: 4,
};

const summary = (l: TimerLengths) => `${l.focus_minutes}/${l.short_break_minutes}/${l.long_break_minutes} min`;

/** "Your defaults" from Settings first, then the user's own presets. */
export function presetChoices(defaults: TimerLengths, presets: FocusPresetWire[]): PresetChoice[] {
  return [
    { id: 'defaults', name: 'Your defaults', summary: summary(defaults), lengths: defaults },
    ...presets.map((p) => ({ id: p.id, name: p.name, summary: summary(p), lengths: p })),
  ];
}

/** While the real-time stream is down, other devices' changes arrive by polling. */
const POLL_MS = 2_000;

export function FocusPage() {
  const settings = useSettings();
  const presets = useFocusPresets();
  const [range, setRange] = useState<StatsRange>(14);
  const stats = useFocusStats(range);
  const realtime = useRealtimeStatus();
  useFocusEvents();

  const ready = !settings.isPending && !presets.isPending;
  const choices = presetChoices(settings.data?.focus_defaults ?? FALLBACK, presets.data ?? []);
  const defaultPresetId = presets.data?.find((p) => p.is_default)?.id ?? 'defaults';
  const focusSessionsToday = stats.data?.days.at(-1)?.sessions ?? 0;

  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title="Focus" description="One thing at a time. The timer keeps going on every device." />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="lg:col-span-2">
          {ready ? (
            <FocusTimerCard
              presets={choices}
              defaultPresetId={defaultPresetId}
              focusSessionsToday={focusSessionsToday}
              pollMs={realtime === 'open' ? false : POLL_MS}
              onCompleted={(result) => celebrate(result.reward)}
            />
          ) : (
            <TimerCardSkeleton />
          )}
        </div>
        <FocusMusicCard />
        <FocusStatsCard stats={stats} range={range} onRangeChange={setRange} />
        <FocusHistoryCard />
      </div>
    </div>
  );
}
