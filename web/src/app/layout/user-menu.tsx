import { ChevronsUpDown, LogOut, Settings } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ThemePicker } from '@/components/ui/theme-picker';
import { type Theme, useAppearance } from '@/lib/appearance';
import { useUser } from '@/lib/auth';
import { cn } from '@/lib/cn';
import { initials } from '@/lib/initials';
import { useSignOutAction } from './use-sign-out-action';

export function Avatar({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn(
        'grid size-7 shrink-0 place-items-center rounded-full bg-accent text-[11px] font-semibold text-accent-fg',
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}

interface UserMenuProps {
  placement: 'up' | 'down';
  /** Avatar only (collapsed sidebar, phone header). */
  compact?: boolean;
}

/** The signed-in user's menu: who they are, theme, settings, sign out. */
export function UserMenu({ placement, compact = false }: UserMenuProps) {
  const user = useUser();
  const { theme, setTheme } = useAppearance();
  const signOut = useSignOutAction();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const changeTheme = (value: Theme) => setTheme(value);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Account menu for ${user.name}`}
        onClick={() => setOpen((o) => !o)}
        className={cn(
          'flex w-full items-center gap-2.5 rounded-md p-1.5 text-left text-sm hover:bg-subtle',
          compact && 'justify-center',
        )}
      >
        <Avatar name={user.name} />
        {!compact && (
          <>
            <span className="min-w-0 flex-1 truncate font-medium">{user.name}</span>
            <ChevronsUpDown aria-hidden className="size-4 text-muted" />
          </>
        )}
      </button>
      {open && (
        <div
          id={panelId}
          className={cn(
            'absolute z-40 w-64 rounded-xl border border-line bg-surface p-1.5 shadow-lg',
            placement === 'up' ? 'bottom-full left-0 mb-2' : 'top-full right-0 mt-2',
          )}
        >
          <div className="px-2.5 py-2">
            <p className="truncate text-sm font-medium">{user.name}</p>
            {user.email && <p className="truncate text-xs text-muted">{user.email}</p>}
          </div>
          <div className="border-t border-line px-2.5 py-2.5">
            <ThemePicker name="user-menu-theme" size="sm" value={theme} onChange={changeTheme} />
          </div>
          <div className="border-t border-line pt-1.5">
            <Link
              to="/settings"
              onClick={() => setOpen(false)}
              className="flex h-8 items-center gap-2.5 rounded-md px-2.5 text-sm hover:bg-subtle"
            >
              <Settings aria-hidden className="size-4 text-muted" />
              Settings
            </Link>
            <button
              type="button"
              onClick={signOut.run}
              disabled={signOut.pending}
              className="flex h-8 w-full items-center gap-2.5 rounded-md px-2.5 text-sm hover:bg-subtle"
            >
              <LogOut aria-hidden className="size-4 text-muted" />
              Sign out
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
