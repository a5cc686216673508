import { Pencil, Play, Repeat, Star, Trash2 } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import type { RegionWire } from '../api/types';
import { regionKindLabels } from '../utils/labels';
import { formatTime } from '../utils/time';

interface RegionListProps {
  regions: RegionWire[];
  loopingId: string | null;
  selectedId: string | null;
  onSelect: (region: RegionWire) => void;
  onPlay: (region: RegionWire) => void;
  onLoop: (region: RegionWire | null) => void;
  onFavorite: (region: RegionWire) => void;
  onDelete: (region: RegionWire) => void;
}

/** The track's regions by start time: edit one, play it, loop it, mark it a favourite, delete it. */
export function RegionList({
  regions,
  loopingId,
  selectedId,
  onSelect,
  onPlay,
  onLoop,
  onFavorite,
  onDelete,
}: RegionListProps) {
  if (regions.length === 0) {
    return (
      <p className="text-sm text-muted">
        No regions yet. Drag across the timeline, or mark a start and an end while the track plays.
      </p>
    );
  }
  const sorted = [...regions].sort((a, b) => a.start_ms - b.start_ms);
  return (
    <ul aria-label="Regions" className="grid gap-2">
      {sorted.map((r) => {
        const looping = loopingId === r.id;
        return (
          <li
            key={r.id}
            className={cn(
              'flex flex-wrap items-center gap-2 rounded-lg border border-line bg-surface px-3 py-2',
              (looping || selectedId === r.id) && 'border-accent',
            )}
          >
            <div className="min-w-0 flex-1 basis-40">
              <p className="truncate text-sm font-medium text-fg">{r.name}</p>
              <p className="text-xs text-muted tabular-nums">
                {formatTime(r.start_ms, true)}–{formatTime(r.end_ms, true)} · <Badge>{regionKindLabels[r.kind]}</Badge>
              </p>
            </div>
            <Button
              size="sm"
              variant="ghost"
              aria-pressed={selectedId === r.id}
              onClick={() => onSelect(r)}
              aria-label={`Edit ${r.name}`}
            >
              <Pencil aria-hidden className="size-4" />
            </Button>
            <Button size="sm" variant="ghost" onClick={() => onPlay(r)} aria-label={`Play ${r.name}`}>
              <Play aria-hidden className="size-4" />
            </Button>
            <Button
              size="sm"
              variant={looping ? 'primary' : 'ghost'}
              aria-pressed={looping}
              onClick={() => onLoop(looping ? null : r)}
              aria-label={`Loop ${r.name}`}
            >
              <Repeat aria-hidden className="size-4" />
            </Button>
            <Button
              size="sm"
              variant="ghost"
              aria-pressed={r.is_favorite}
              onClick={() => onFavorite(r)}
              aria-label={`Favourite ${r.name}`}
            >
              <Star aria-hidden className={cn('size-4', r.is_favorite && 'fill-current text-accent-text')} />
            </Button>
            <Button size="sm" variant="ghost" onClick={() => onDelete(r)} aria-label={`Delete ${r.name}`}>
              <Trash2 aria-hidden className="size-4" />
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
