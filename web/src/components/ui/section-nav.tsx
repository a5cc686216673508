import { NavLink } from 'react-router';
import { cn } from '@/lib/cn';

export interface SectionLink {
  to: string;
  label: string;
  /** Active only on this exact path (the section's overview), not on the pages under it. */
  end?: boolean;
}

/** A section's pages as a row of links that scrolls sideways on a phone. */
export function SectionNav({ label, links }: { label: string; links: readonly SectionLink[] }) {
  return (
    <nav aria-label={label} className="-mx-1 mb-6 overflow-x-auto">
      <ul className="flex min-w-max gap-1 px-1">
        {links.map(({ to, label: text, end }) => (
          <li key={to}>
            <NavLink
              to={to}
              end={end}
              className={({ isActive }) =>
                cn(
                  'inline-flex h-10 items-center rounded-lg px-3 text-sm font-medium transition-colors',
                  isActive ? 'bg-accent-soft text-accent-text' : 'text-muted hover:bg-subtle hover:text-fg',
                )
              }
            >
              {text}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
