import { Ear } from 'lucide-react';
import { Link } from 'react-router';
import { drillTypes } from '#common/enums';
import { Badge } from '@/components/ui/badge';
import type { DrillWire } from '../api/types';
import { difficultyLabels, drillTypeLabels } from '../utils/labels';

/** One drill: its title, difficulty and best score, linking to its player. */
export function DrillItem({ drill }: { drill: DrillWire }) {
  const best = drill.stats?.best_score ?? null;
  return (
    <li className="flex items-center gap-3 rounded-xl border border-line bg-surface p-3 shadow-xs">
      <span aria-hidden className="grid size-9 shrink-0 place-items-center rounded-lg bg-accent-soft text-accent-text">
        <Ear className="size-4" />
      </span>
      <div className="grid min-w-0 flex-1 gap-1">
        <Link to={`/learn/drills/${drill.id}`} className="font-medium text-fg hover:underline">
          {drill.title}
        </Link>
        <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
          <Badge>{difficultyLabels[drill.difficulty]}</Badge>
          <span>{best === null ? 'Not played yet' : `Best ${best}%`}</span>
        </div>
      </div>
    </li>
  );
}

/** Drills grouped by type (intervals, notes, chords, scales, rhythm), each group under its heading. */
export function DrillGroups({ drills, headingLevel = 3 }: { drills: DrillWire[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="grid gap-5">
      {drillTypes.map((type) => {
        const group = drills.filter((d) => d.drill_type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} aria-label={drillTypeLabels[type]} className="grid gap-2">
            <Heading className="text-sm font-semibold text-muted">{drillTypeLabels[type]}</Heading>
            <ul className="grid gap-2 md:grid-cols-2">
              {group.map((d) => (
                <DrillItem key={d.id} drill={d} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
