import { Trophy } from 'lucide-react';
import type { RecordType } from '#common/contracts/exercise';
import { describeRecords } from '../utils/records';

/** The badge of a set that set a personal record. */
export function PrBadge({ types }: { types: readonly RecordType[] }) {
  const text = describeRecords(types);
  return (
    <span
      title={text}
      data-testid="pr-badge"
      className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent-text"
    >
      <Trophy aria-hidden className="size-3.5" />
      PR<span className="sr-only">. {text}</span>
    </span>
  );
}
