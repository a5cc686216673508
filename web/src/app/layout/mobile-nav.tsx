import { Ellipsis, Search, X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { cn } from '@/lib/cn';
import type { Section } from '../sections';
import { BoostIndicator } from './boost-indicator';
import { Brand } from './brand';
import { LevelIndicator } from './level-indicator';
import { NavList } from './nav-list';
import { UserMenu } from './user-menu';

/** The phone's top bar: brand, search, account. */
export function MobileHeader({ onOpenPalette }: { onOpenPalette: () => void }) {
  return (
    <header className="sticky top-0 z-30 flex h-14 items-center justify-between gap-2 border-b border-line bg-surface/90 px-4 backdrop-blur md:hidden">
      <Brand />
      <div className="flex items-center gap-1">
        <BoostIndicator size="compact" />
        <LevelIndicator compact />
        <button
          type="button"
          onClick={onOpenPalette}
          aria-label="Search or run a command"
          className="grid size-9 place-items-center rounded-md text-muted hover:bg-subtle hover:text-fg"
        >
          <Search aria-hidden className="size-5" />
        </button>
        <UserMenu placement="down" compact />
      </div>
    </header>
  );
}

interface MobileTabBarProps {
  sections: Section[];
}

/** The phone's bottom tab bar: the main sections, and "More" for everything else. */
export function MobileTabBar({ sections }: MobileTabBarProps) {
  const drawer = useRef<HTMLDialogElement>(null);
  const { pathname } = useLocation();
  const tabs = sections.filter((s) => s.tab);

  // Close the drawer whenever the page changes.
  useEffect(() => {
    if (pathname) drawer.current?.close();
  }, [pathname]);

  const tabClass = 'flex flex-1 flex-col items-center justify-center gap-0.5 text-[11px] font-medium';
  return (
    <>
      <nav
        aria-label="Quick"
        className="fixed inset-x-0 bottom-0 z-30 flex h-16 border-t border-line bg-surface/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden"
      >
        {tabs.map(({ id, path, label, icon: Icon }) => (
          <NavLink
            key={id}
            to={path}
            className={({ isActive }) => cn(tabClass, isActive ? 'text-accent-text' : 'text-muted')}
          >
            <Icon aria-hidden className="size-5" />
            {label}
          </NavLink>
        ))}
        <button
          type="button"
          onClick={() => drawer.current?.showModal()}
          className={cn(tabClass, 'text-muted')}
          aria-haspopup="dialog"
        >
          <Ellipsis aria-hidden className="size-5" />
          More
        </button>
      </nav>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes; Escape does the same natively */}
      <dialog
        ref={drawer}
        aria-label="All sections"
        onClick={(e) => {
          if (e.target === e.currentTarget) e.currentTarget.close();
        }}
        className="m-0 mt-auto max-h-[85dvh] w-full max-w-none rounded-t-2xl border-t border-line bg-surface p-0 text-fg backdrop:bg-black/40 md:hidden"
      >
        <div className="flex items-center justify-between border-b border-line px-4 py-3">
          <p className="font-semibold">All sections</p>
          <button
            type="button"
            onClick={() => drawer.current?.close()}
            aria-label="Close"
            className="grid size-9 place-items-center rounded-md text-muted hover:bg-subtle"
          >
            <X aria-hidden className="size-5" />
          </button>
        </div>
        <nav aria-label="Sections" className="overflow-y-auto px-3 py-4">
          <NavList sections={sections} onNavigate={() => drawer.current?.close()} />
        </nav>
      </dialog>
    </>
  );
}
