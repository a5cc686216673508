import { countOf, readRhythm } from '#common/rules/rhythm';

/**
 * A rhythm pattern as a player reads it: a strip of beats with a mark where each note starts
 * (what the ear hears), the count under it ("1 & 2 e & a"), and the compact notation.
 */
export function RhythmNotation({ pattern, beatsPerBar }: { pattern: string; beatsPerBar: number }) {
  const { onsets, beats } = readRhythm(pattern);
  const counts = onsets.map((o) => countOf(o, beatsPerBar));
  return (
    <span className="grid w-full gap-1">
      <span aria-hidden className="relative flex h-6 overflow-hidden rounded-md border border-line bg-subtle">
        {Array.from({ length: beats }, (_, beat) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: a beat is its position
            key={beat}
            className={
              beat % beatsPerBar === 0
                ? 'flex-1 border-l-2 border-line-strong first:border-l-0'
                : 'flex-1 border-l border-line'
            }
          />
        ))}
        {onsets.map((onset) => (
          <span
            key={onset}
            className="absolute top-1/2 size-2 -translate-x-1/2 -translate-y-1/2 rounded-full bg-accent"
            style={{ left: `calc(5px + (100% - 10px) * ${onset / beats})` }}
          />
        ))}
      </span>
      <span className="text-sm">
        <span className="sr-only">Notes on </span>
        {counts.join(' ')}
      </span>
      <code aria-hidden className="font-mono text-xs text-muted">
        {pattern}
      </code>
    </span>
  );
}

const legend: Array<[string, string]> = [
  ['1 2 3 4', 'a note on the beat'],
  ['&', 'halfway through the beat'],
  ['e, a', 'a quarter and three quarters through the beat'],
  ['trip, let', 'a third and two thirds through the beat (a triplet)'],
];

const notation: Array<[string, string]> = [
  ['q', 'quarter'],
  ['h', 'half'],
  ['e', 'eighth'],
  ['s', 'sixteenth'],
  ['q.', 'dotted (half as long again)'],
  ['3[eee]', 'triplet: three eighths in one beat'],
  ['(q)', 'rest'],
  ['|', 'bar line'],
];

/** How to read a rhythm choice: the strip and the count, then the notation's letters. */
export function RhythmLegend() {
  return (
    <details className="rounded-lg border border-line bg-surface px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium">How to read the rhythms</summary>
      <p className="mt-2 text-muted">
        Each strip is the pattern's beats, with a dot where a note starts: that is what you hear. Under it, the count:
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {legend.map(([sign, meaning]) => (
          <div key={sign} className="contents">
            <dt className="font-medium">{sign}</dt>
            <dd className="text-muted">{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-muted">And below that, the rhythm in short notation:</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {notation.map(([sign, meaning]) => (
          <div key={sign} className="contents">
            <dt>
              <code className="font-mono">{sign}</code>
            </dt>
            <dd className="text-muted">{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
