/** A rhythm pattern in the drills' notation, set in monospace so the groups line up. */
export function RhythmNotation({ pattern }: { pattern: string }) {
  return <code className="font-mono text-base tracking-wide whitespace-pre-wrap">{pattern}</code>;
}

const legend: Array<[string, string]> = [
  ['q', 'quarter'],
  ['h', 'half'],
  ['e', 'eighth'],
  ['s', 'sixteenth'],
  ['q.', 'dotted (half as long again)'],
  ['3[eee]', 'triplet: three eighths in one beat'],
  ['(q)', 'rest'],
  ['|', 'bar line'],
];

/** What the rhythm notation's letters mean. */
export function RhythmLegend() {
  return (
    <details className="rounded-lg border border-line bg-surface px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium">How to read the rhythms</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {legend.map(([sign, meaning]) => (
          <div key={sign} className="contents">
            <dt>
              <code className="font-mono">{sign}</code>
            </dt>
            <dd className="text-muted">{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-muted">
        Values sharing a beat are written together (ee, ssss); groups are separated by spaces.
      </p>
    </details>
  );
}
