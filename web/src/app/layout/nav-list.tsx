import { NavLink } from 'react-router';
import { cn } from '@/lib/cn';
import { groupOrder, type Section } from '../sections';
import { useNavBadges } from './nav-badges';

interface NavListProps {
  sections: Section[];
  /** Icons only (the desktop sidebar's collapsed state). */
  collapsed?: boolean;
  onNavigate?: () => void;
}

/** Every visible section, grouped; the current one is marked with `aria-current`. */
export function NavList({ sections, collapsed = false, onNavigate }: NavListProps) {
  const badges = useNavBadges();
  return (
    <div className="space-y-5">
      {groupOrder.map((group) => {
        const items = sections.filter((s) => s.group === group);
        if (items.length === 0) return null;
        const headingId = `nav-group-${group.replace(/\W+/g, '-').toLowerCase()}`;
        return (
          <div key={group}>
            <p
              id={headingId}
              className={cn(
                'mb-1 px-2.5 text-[11px] font-semibold tracking-wider text-muted uppercase',
                collapsed && 'sr-only',
              )}
            >
              {group}
            </p>
            <ul aria-labelledby={headingId} className="space-y-0.5">
              {items.map(({ id, path, label, icon: Icon }) => (
                <li key={id}>
                  <NavLink
                    to={path}
                    onClick={onNavigate}
                    title={collapsed ? label : undefined}
                    className={({ isActive }) =>
                      cn(
                        'group relative flex h-8 items-center gap-2.5 rounded-md px-2.5 text-sm font-medium transition-colors',
                        collapsed && 'justify-center px-0',
                        isActive ? 'bg-accent-soft text-accent-text' : 'text-muted hover:bg-subtle hover:text-fg',
                      )
                    }
                  >
                    <Icon aria-hidden className="size-4 shrink-0" />
                    <span className={cn('truncate', collapsed && 'sr-only')}>{label}</span>
                    {(badges[id] ?? 0) > 0 && (
                      <span
                        className={cn(
                          'rounded-full bg-accent px-1.5 text-[11px] leading-4 font-semibold text-accent-fg tabular-nums',
                          collapsed ? 'absolute top-0 right-0' : 'ml-auto',
                        )}
                      >
                        {(badges[id] ?? 0) > 99 ? '99+' : badges[id]}
                        <span className="sr-only"> unread</span>
                      </span>
                    )}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
