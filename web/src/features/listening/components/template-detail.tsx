import { Headphones, Lightbulb, ListChecks, SlidersHorizontal } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { promptSearch } from '#common/contracts/listening';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';
import type { ListeningTemplateWire } from '../api/types';
import { categoryLabels, presetSummary } from '../utils/labels';
import { DifficultyBadge } from './difficulty-badge';

/**
 * The address that starts a prompt: the Reference library with the prompt's state in the query
 * string (docs/RULES.md "Listening"); the library asks for the track, then opens it with the same
 * query string on /reference/tracks/:id.
 */
export const startAddress = (template: ListeningTemplateWire) => `/reference?${promptSearch(template)}`;

/** One prompt (the page's heading is its title): what to listen for, hints, the set-up, and (folded until asked for) what listeners notice. */
export function TemplateDetail({ template }: { template: ListeningTemplateWire }) {
  return (
    <article aria-labelledby="listening-prompt-title" className="grid gap-5">
      <header className="grid gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="accent">{categoryLabels[template.category]}</Badge>
          <DifficultyBadge difficulty={template.difficulty} />
        </div>
        <h1 id="listening-prompt-title" className="text-2xl font-semibold tracking-tight text-fg">
          {template.title}
        </h1>
        <p className="text-[15px] text-muted">{template.description}</p>
      </header>

      <Card>
        <CardBody className="grid gap-4">
          <Part icon={Headphones} title="Listen for">
            <p className="text-[15px] leading-relaxed text-fg">{template.prompt}</p>
          </Part>
          <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4">
            <Link to={startAddress(template)} className={buttonClass('primary', 'md', 'max-sm:w-full')}>
              Start on a track
            </Link>
            <p className="text-xs text-muted">Pick a track; the prompt’s set-up comes with it. Nothing is saved.</p>
          </div>
        </CardBody>
      </Card>

      {template.presets.length > 0 && (
        <Part icon={SlidersHorizontal} title="Set-up">
          <ul className="grid gap-2">
            {template.presets.map((p) => (
              <li key={p.id} className="rounded-lg border border-line bg-surface px-3 py-2 text-sm">
                <span className="font-medium text-fg">{presetSummary(p)}</span>
                <span className="text-muted"> — {p.description}</span>
              </li>
            ))}
          </ul>
        </Part>
      )}

      {template.hints.length > 0 && (
        <Part icon={Lightbulb} title="Hints">
          <Bullets items={template.hints} />
        </Part>
      )}

      {template.expected_observations.length > 0 && (
        <details className="group rounded-xl border border-line bg-surface px-4 py-3 shadow-xs">
          <summary className="flex cursor-pointer items-center gap-2 text-sm font-semibold text-fg marker:text-muted">
            <ListChecks aria-hidden className="size-4 text-accent-text" />
            What listeners usually notice
            <span className="font-normal text-muted group-open:hidden">(open after listening)</span>
          </summary>
          <div className="pt-3">
            <Bullets items={template.expected_observations} />
          </div>
        </details>
      )}

      {template.tags.length > 0 && (
        <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
          {template.tags.map((tag) => (
            <li key={tag}>
              <Link
                to={`/reference/prompts?tag=${encodeURIComponent(tag)}`}
                aria-label={`Show prompts tagged ${tag}`}
                className="rounded-full bg-subtle px-2 py-0.5 text-xs font-medium text-muted hover:bg-accent-soft hover:text-accent-text"
              >
                #{tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function Part({ icon: Icon, title, children }: { icon: typeof Headphones; title: string; children: ReactNode }) {
  return (
    <section className="grid gap-2">
      <h2 className="flex items-center gap-2 text-sm font-semibold text-fg">
        <Icon aria-hidden className="size-4 text-accent-text" />
        {title}
      </h2>
      {children}
    </section>
  );
}

function Bullets({ items }: { items: string[] }) {
  return (
    <ul className="grid gap-1.5">
      {items.map((item) => (
        <li key={item} className="flex gap-2.5 text-sm text-fg">
          <span aria-hidden className="mt-2 size-1.5 shrink-0 rounded-full bg-accent" />
          {item}
        </li>
      ))}
    </ul>
  );
}
