import { PanelLeftClose, PanelLeftOpen, Search } from 'lucide-react';
import { useState } from 'react';
import { cn } from '@/lib/cn';
import { readLocal, writeLocal } from '@/lib/storage';
import type { Section } from '../sections';
import { BoostIndicator } from './boost-indicator';
import { Brand } from './brand';
import { LevelIndicator } from './level-indicator';
import { NavList } from './nav-list';
import { UserMenu } from './user-menu';

const COLLAPSED_KEY = 'cadence.sidebar';

/** Platform-specific shortcut label. */
export const paletteShortcut = () =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl K';

interface SidebarProps {
  sections: Section[];
  onOpenPalette: () => void;
}

/** The desktop sidebar; collapses to an icon rail and remembers that choice. */
export function Sidebar({ sections, onOpenPalette }: SidebarProps) {
  const [collapsed, setCollapsed] = useState(() => readLocal(COLLAPSED_KEY) === 'collapsed');
  const toggle = () => {
    setCollapsed((c) => {
      writeLocal(COLLAPSED_KEY, c ? null : 'collapsed');
      return !c;
    });
  };

  return (
    <aside
      aria-label="Sidebar"
      className={cn(
        'sticky top-0 hidden h-dvh shrink-0 flex-col border-r border-line bg-surface/60 transition-[width] md:flex',
        collapsed ? 'w-16' : 'w-60',
      )}
    >
      <div className={cn('flex h-14 items-center gap-2 px-3', collapsed ? 'justify-center' : 'justify-between')}>
        <Brand compact={collapsed} />
        {!collapsed && (
          <button
            type="button"
            onClick={toggle}
            aria-label="Collapse sidebar"
            title="Collapse sidebar"
            className="grid size-7 place-items-center rounded-md text-muted hover:bg-subtle hover:text-fg"
          >
            <PanelLeftClose aria-hidden className="size-4" />
          </button>
        )}
      </div>
      <div className="px-3 pb-3">
        {collapsed ? (
          <div className="flex flex-col items-center gap-1">
            <button
              type="button"
              onClick={toggle}
              aria-label="Expand sidebar"
              title="Expand sidebar"
              className="grid size-8 place-items-center rounded-md text-muted hover:bg-subtle hover:text-fg"
            >
              <PanelLeftOpen aria-hidden className="size-4" />
            </button>
            <button
              type="button"
              onClick={onOpenPalette}
              aria-label="Search or run a command"
              title={`Search or run a command (${paletteShortcut()})`}
              className="grid size-8 place-items-center rounded-md text-muted hover:bg-subtle hover:text-fg"
            >
              <Search aria-hidden className="size-4" />
            </button>
          </div>
        ) : (
          <button
            type="button"
            onClick={onOpenPalette}
            className="flex h-8 w-full items-center gap-2 rounded-md border border-line bg-surface px-2.5 text-sm text-muted shadow-xs hover:border-line-strong hover:text-fg"
          >
            <Search aria-hidden className="size-4" />
            <span className="min-w-0 flex-1 truncate text-left">Search…</span>
            <kbd className="rounded border border-line bg-subtle px-1.5 font-sans text-[11px]">{paletteShortcut()}</kbd>
          </button>
        )}
      </div>
      <nav aria-label="Main" className="flex-1 overflow-y-auto px-3 pt-2 pb-4">
        <NavList sections={sections} collapsed={collapsed} />
      </nav>
      <div className={cn('border-t border-line p-3', collapsed ? 'grid justify-items-center gap-2' : 'grid gap-2')}>
        <LevelIndicator compact={collapsed} />
        <BoostIndicator size={collapsed ? 'rail' : 'md'} />
        <UserMenu placement="up" compact={collapsed} />
      </div>
    </aside>
  );
}
