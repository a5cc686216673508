import { useId } from 'react';
import { RadarChart } from '@/components/charts/radar-chart';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { CatalogueIcon } from '@/components/ui/catalogue-icon';
import { ErrorState } from '@/components/ui/error-state';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Skeleton } from '@/components/ui/skeleton';
import { type SkillWire, useSkills } from '../api/get-skills';

/** The radar's outer ring: the next tidy step above the best skill, so growth stays visible. */
export function radarMax(skills: SkillWire[]): number {
  const best = Math.max(1, ...skills.map(skillValue));
  return best <= 5 ? 5 : Math.ceil(best / 5) * 5;
}

/** A skill's level with the stars toward the next one, so early growth shows on the radar. */
export const skillValue = (s: SkillWire): number =>
  s.level >= s.max_level ? s.max_level : s.level + s.stars_into_level / Math.max(1, s.stars_per_level);

function SkillRow({ skill }: { skill: SkillWire }) {
  const atCap = skill.level >= skill.max_level;
  return (
    <li className="grid gap-1.5">
      <div className="flex items-center gap-2 text-sm">
        <span
          className="grid size-6 shrink-0 place-items-center rounded-md text-white"
          style={{ backgroundColor: skill.color }}
        >
          <CatalogueIcon name={skill.icon} className="size-3.5" />
        </span>
        <span className="font-medium">{skill.name}</span>
        <span className="ml-auto text-muted tabular-nums">Level {skill.level}</span>
      </div>
      <ProgressBar
        size="sm"
        value={atCap ? skill.stars_per_level : skill.stars_into_level}
        max={skill.stars_per_level}
        label={`${skill.name} stars to level ${skill.level + 1}`}
        valueText={atCap ? 'Highest level' : `${skill.stars_into_level} of ${skill.stars_per_level} stars`}
      />
    </li>
  );
}

/** The six skills as a radar, with each one's stars to its next level. */
export function SkillsCard() {
  const headingId = useId();
  const skills = useSkills();
  let body: React.ReactNode;
  if (skills.isPending)
    body = (
      <div role="status" aria-label="Loading skills" className="grid gap-4 sm:grid-cols-2">
        <Skeleton className="aspect-square max-h-64 rounded-full" />
        <Skeleton className="h-48" />
      </div>
    );
  else if (skills.isError)
    body = <ErrorState error={skills.error} onRetry={() => void skills.refetch()} retrying={skills.isFetching} />;
  else
    body = (
      <div className="grid items-center gap-6 sm:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)]">
        <RadarChart
          title="Skill levels"
          axes={skills.data.map((s) => ({ key: s.key, label: s.name, value: skillValue(s), color: s.color }))}
          max={radarMax(skills.data)}
          valueLabel="Level"
          formatValue={(v) => `Lv ${Math.floor(v)}`}
        />
        <ul className="grid gap-3">
          {skills.data.map((s) => (
            <SkillRow key={s.key} skill={s} />
          ))}
        </ul>
      </div>
    );
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Skills" description="Each activity grows a skill: 10 stars make a level." />
      <CardBody>{body}</CardBody>
    </Card>
  );
}
