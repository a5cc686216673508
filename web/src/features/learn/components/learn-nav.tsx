import { NavLink } from 'react-router';
import { cn } from '@/lib/cn';

const links = [
  { to: '/learn', label: 'Overview', end: true },
  { to: '/learn/review', label: 'Review' },
  { to: '/learn/progress', label: 'Progress' },
];

/** The Learn section's pages, as a row of links. */
export function LearnNav() {
  return (
    <nav aria-label="Learn" className="-mx-1 mb-6 overflow-x-auto">
      <ul className="flex min-w-max gap-1 px-1">
        {links.map(({ to, label, end }) => (
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
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
