import { CircleCheck, Pause, Play, Square, Volume2, VolumeX } from 'lucide-react';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { useDocumentTitle } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import type { FocusCompletionWire } from '../api/complete-focus';
import { useFocusTimer } from '../hooks/use-focus-timer';
import { useSpaceToggle } from '../hooks/use-space-toggle';
import { chimeEnabled, playChime, setChimeEnabled } from '../utils/chime';
import {
  displaySeconds,
  elapsedFraction,
  type FocusMode,
  formatClock,
  minutesFor,
  modeLabels,
  nextMode,
  type TimerLengths,
} from '../utils/timer';
import { TimerDial } from './timer-dial';
import { type PresetOption, parseMinutes, TimerSetup } from './timer-setup';

export interface PresetChoice extends PresetOption {
  lengths: TimerLengths;
}

interface FocusTimerCardProps {
  presets: PresetChoice[];
  defaultPresetId: string;
  /** Focus sessions completed today, which decides when a long break is due. */
  focusSessionsToday: number;
  pollMs: number | false;
  onCompleted?: (result: FocusCompletionWire) => void;
}

const GRACE_MS = 5_000;

export function TimerCardSkeleton() {
  return (
    <Card>
      <CardBody className="grid justify-items-center gap-6 py-10" role="status" aria-label="Loading the timer">
        <Skeleton className="aspect-square w-full max-w-[20rem] rounded-full" />
        <Skeleton className="h-11 w-40" />
      </CardBody>
    </Card>
  );
}

/** The length a link asks for, when it is one the timer accepts. */
export function requestedMinutes(value: string | null): string | null {
  return value !== null && 'minutes' in parseMinutes(value) ? value : null;
}

/** The timer: set up and start a session, then pause, resume, complete or abandon it. */
export function FocusTimerCard({
  presets,
  defaultPresetId,
  focusSessionsToday,
  pollMs,
  onCompleted,
}: FocusTimerCardProps) {
  const [mode, setMode] = useState<FocusMode>('focus');
  const [presetId, setPresetId] = useState(defaultPresetId);
  // A link such as Today's "Start here" (`/focus?start=50`) asks for a length.
  const [params] = useSearchParams();
  const [minutesText, setMinutesText] = useState<string | null>(() => requestedMinutes(params.get('start')));
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [confirmAbandon, setConfirmAbandon] = useState(false);
  const [sound, setSound] = useState(chimeEnabled);
  const statusId = useId();

  const preset = presets.find((p) => p.id === presetId) ?? presets[0];
  const lengths = preset?.lengths;
  const plannedMinutes = lengths ? minutesFor(mode, lengths) : 25;
  const minutes = minutesText ?? String(plannedMinutes);

  const timer = useFocusTimer({
    pollMs,
    onCompleted: (result) => {
      if (sound && document.visibilityState === 'visible') playChime();
      if (lengths) {
        const done = result.session.mode === 'focus' ? focusSessionsToday + 1 : focusSessionsToday;
        setMode(nextMode(result.session.mode, done, lengths));
        setMinutesText(null);
      }
      onCompleted?.(result);
    },
  });
  const { anchor, remaining } = timer;
  const status = anchor?.status ?? 'idle';
  const seconds = anchor ? displaySeconds(remaining) : plannedMinutes * 60;
  const shownMinutes = parseMinutes(minutes);
  const idleSeconds = 'minutes' in shownMinutes ? shownMinutes.minutes * 60 : plannedMinutes * 60;

  useDocumentTitle(
    anchor ? `${status === 'paused' ? '(Paused) ' : ''}${formatClock(seconds)} ${modeLabels[anchor.mode]}` : 'Focus',
  );
  useSpaceToggle(status === 'active' ? timer.pause : status === 'paused' ? timer.resume : null);

  const start = () => {
    const parsed = parseMinutes(minutes);
    if ('error' in parsed) {
      setMinutesError(parsed.error);
      return;
    }
    setMinutesError(null);
    timer.start({
      mode,
      duration_seconds: parsed.minutes * 60,
      preset_id: preset && preset.id !== 'defaults' ? preset.id : undefined,
      label: mode === 'focus' && label.trim() ? label.trim() : undefined,
    });
  };

  if (timer.query.isPending) return <TimerCardSkeleton />;
  if (timer.query.isError) {
    return (
      <ErrorState
        title="The timer could not be loaded"
        error={timer.query.error}
        onRetry={() => void timer.query.refetch()}
        retrying={timer.query.isFetching}
      />
    );
  }

  const announcement = anchor
    ? `${modeLabels[anchor.mode]} ${status === 'paused' ? 'paused' : 'running'}`
    : timer.finished
      ? `${modeLabels[timer.finished.mode]} complete`
      : '';

  return (
    <Card aria-label="Timer">
      <CardBody className="grid gap-6 py-8">
        <p id={statusId} className="sr-only" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
        <TimerDial
          mode={anchor?.mode ?? mode}
          status={status}
          seconds={anchor ? seconds : idleSeconds}
          fraction={anchor ? elapsedFraction(remaining, anchor.duration_ms) : 0}
          label={anchor ? timer.session?.label : null}
        />

        {timer.finished && !anchor && (
          <p className="flex items-center justify-center gap-2 text-center text-sm text-fg">
            <CircleCheck aria-hidden className="size-4 text-success" />
            {timer.finished.mode === 'focus'
              ? `Well done: ${timer.finished.minutes} focused ${timer.finished.minutes === 1 ? 'minute' : 'minutes'}. Time for a ${modeLabels[mode].toLowerCase()}?`
              : 'Break over. Ready for the next focus session?'}
          </p>
        )}

        {anchor ? (
          <div className="flex flex-wrap items-center justify-center gap-3">
            {status === 'active' ? (
              <Button
                variant="primary"
                size="lg"
                className="min-w-36"
                onClick={timer.pause}
                loading={timer.pending.pause}
              >
                {!timer.pending.pause && <Pause aria-hidden className="size-5" />}
                Pause
              </Button>
            ) : (
              <Button
                variant="primary"
                size="lg"
                className="min-w-36"
                onClick={timer.resume}
                loading={timer.pending.resume}
              >
                {!timer.pending.resume && <Play aria-hidden className="size-5" />}
                Resume
              </Button>
            )}
            {remaining <= GRACE_MS && status === 'active' && (
              <Button size="lg" onClick={timer.complete} loading={timer.pending.complete}>
                <CircleCheck aria-hidden className="size-5" />
                Complete
              </Button>
            )}
            <Button size="lg" variant="ghost" onClick={() => setConfirmAbandon(true)} disabled={timer.busy}>
              <Square aria-hidden className="size-4" />
              Abandon
            </Button>
          </div>
        ) : (
          <TimerSetup
            mode={mode}
            onModeChange={(m) => {
              setMode(m);
              setMinutesText(null);
              setMinutesError(null);
            }}
            presets={presets}
            presetId={preset?.id ?? ''}
            onPresetChange={(id) => {
              setPresetId(id);
              setMinutesText(null);
              setMinutesError(null);
            }}
            minutes={minutes}
            onMinutesChange={setMinutesText}
            label={label}
            onLabelChange={setLabel}
            onStart={start}
            starting={timer.pending.start}
            minutesError={minutesError}
          />
        )}

        <div className="flex justify-center">
          <button
            type="button"
            aria-pressed={sound}
            onClick={() => {
              setSound(!sound);
              setChimeEnabled(!sound);
            }}
            className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-xs text-muted hover:bg-subtle hover:text-fg"
          >
            {sound ? <Volume2 aria-hidden className="size-4" /> : <VolumeX aria-hidden className="size-4" />}
            Chime at the end
          </button>
        </div>
      </CardBody>

      <ConfirmDialog
        open={confirmAbandon}
        onClose={() => setConfirmAbandon(false)}
        title="Abandon this session?"
        description="It ends now and earns nothing. Your history keeps it as abandoned."
        cancelLabel="Keep going"
        confirmLabel="Abandon session"
        pending={timer.pending.abandon}
        onConfirm={() => {
          timer.abandon();
          setConfirmAbandon(false);
        }}
      />
    </Card>
  );
}
