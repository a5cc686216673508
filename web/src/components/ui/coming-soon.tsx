import type { LucideIcon } from 'lucide-react';
import { Sparkles } from 'lucide-react';
import type { ReactNode } from 'react';
import { PageHeader } from './page-header';

interface ComingSoonProps {
  title: string;
  icon: LucideIcon;
  summary: string;
  /** What the section will offer, in the user's words. */
  planned: string[];
  /** Anything the section already offers, shown below. */
  children?: ReactNode;
}

/** The page of a section that is not built yet: what it is for and what it will hold. */
export function ComingSoon({ title, icon: Icon, summary, planned, children }: ComingSoonProps) {
  return (
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader title={title} description={summary} />
      <div className="overflow-hidden rounded-2xl border border-line bg-surface shadow-xs">
        <div className="flex items-center gap-4 border-b border-line bg-accent-soft/60 px-6 py-5">
          <span className="grid size-11 shrink-0 place-items-center rounded-xl bg-accent text-accent-fg shadow-sm">
            <Icon aria-hidden className="size-5" />
          </span>
          <div>
            <p className="flex items-center gap-1.5 text-sm font-semibold text-accent-text">
              <Sparkles aria-hidden className="size-4" />
              Coming soon
            </p>
            <p className="text-sm text-muted">{title} is on its way. Here is what it will hold.</p>
          </div>
        </div>
        <ul className="grid gap-px bg-line sm:grid-cols-2 sm:[&>li:last-child:nth-child(odd)]:col-span-2">
          {planned.map((item) => (
            <li key={item} className="flex gap-3 bg-surface px-6 py-4 text-sm text-fg">
              <span aria-hidden className="mt-1.5 size-1.5 shrink-0 rounded-full bg-accent" />
              {item}
            </li>
          ))}
        </ul>
      </div>
      {children}
    </div>
  );
}
