import type { RegionWire } from '../api/types';

/**
 * The player's position and the regions along the track, for the eye (the regions are listed
 * below, and the player's own controls seek). The waveform will be drawn here once the analysis
 * exists.
 */
export function Timeline({
  lengthMs,
  positionMs,
  regions,
}: {
  lengthMs: number;
  positionMs: number;
  regions: RegionWire[];
}) {
  const at = (ms: number) => `${Math.min(100, Math.max(0, (ms / Math.max(1, lengthMs)) * 100))}%`;
  return (
    <div
      aria-hidden
      data-testid="timeline"
      className="relative h-8 overflow-hidden rounded-md border border-line bg-subtle"
    >
      {lengthMs > 0 &&
        regions.map((r) => (
          <div
            key={r.id}
            className="absolute inset-y-0 border-x border-accent bg-accent-soft"
            style={{
              left: at(r.start_ms),
              width: `calc(${at(r.end_ms)} - ${at(r.start_ms)})`,
              backgroundColor: r.color ?? undefined,
            }}
            title={r.name}
          />
        ))}
      <div className="absolute inset-y-0 w-0.5 bg-accent" style={{ left: lengthMs > 0 ? at(positionMs) : 0 }} />
    </div>
  );
}
