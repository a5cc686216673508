import { ChevronsUpDown, Headphones, LogOut, type LucideIcon, Metronome, Settings } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ThemePicker } from '@/components/ui/theme-picker';
import { type Theme, useAppearance } from '@/lib/appearance';
import { useUser } from '@/lib/auth';
import { cn } from '@/lib/cn';
import { initials } from '@/lib/initials';
import { type AvatarCosmetics, useEquippedAvatar } from './use-equipped-avatar';
import { useSignOutAction } from './use-sign-out-action';

const frameRings: Record<string, string> = {
  bronze: 'ring-2 ring-[#b0703c] ring-offset-1 ring-offset-surface',
  gold: 'ring-2 ring-[#d4a21a] ring-offset-1 ring-offset-surface',
};
const frameNames: Record<string, string> = { bronze: 'bronze frame', gold: 'gold frame' };
const badgeIcons: Record<string, LucideIcon> = { metronome: Metronome, headphones: Headphones };
const badgeNames: Record<string, string> = { metronome: 'metronome badge', headphones: 'headphones badge' };
const backgrounds: Record<string, string> = {
  aurora: 'bg-[linear-gradient(135deg,#22d3ee_0%,#a78bfa_50%,#4ade80_100%)]',
};
const backgroundNames: Record<string, string> = { aurora: 'aurora background' };

/** What the avatar wears, in words ("a gold frame and a headphones badge"), or ''. */
export function cosmeticsText(worn: AvatarCosmetics): string {
  const parts = [
    worn.frame && frameNames[worn.frame],
    worn.badge && badgeNames[worn.badge],
    worn.background && backgroundNames[worn.background],
  ].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return '';
  const last = parts.pop();
  return `a ${parts.length > 0 ? `${parts.join(', a ')} and a ` : ''}${last}`;
}

/**
 * The user's initials, wearing what they equipped in the Market: a frame as a coloured ring, a
 * badge as a small icon on it, a background as a gradient behind it.
 */
export function Avatar({ name, className, worn }: { name: string; className?: string; worn?: AvatarCosmetics }) {
  const Badge = worn?.badge ? badgeIcons[worn.badge] : undefined;
  const background = worn?.background ? backgrounds[worn.background] : undefined;
  return (
    <span
      aria-hidden
      data-testid="avatar"
      data-frame={worn?.frame ?? undefined}
      data-badge={worn?.badge ?? undefined}
      data-background={worn?.background ?? undefined}
      className={cn(
        'relative grid size-7 shrink-0 place-items-center rounded-full',
        background && cn('p-0.5', background),
        className,
      )}
    >
      <span
        className={cn(
          'grid size-full place-items-center rounded-full bg-accent text-[11px] font-semibold text-accent-fg',
          worn?.frame && frameRings[worn.frame],
        )}
      >
        {initials(name)}
      </span>
      {Badge && (
        <span className="absolute -right-1 -bottom-1 grid size-3.5 place-items-center rounded-full border border-line bg-surface text-accent-text">
          <Badge className="size-2.5" />
        </span>
      )}
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
  const worn = useEquippedAvatar();
  const wearing = cosmeticsText(worn);
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
        <Avatar name={user.name} worn={worn} />
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
            {wearing && <p className="mt-1 text-xs text-muted">Wearing {wearing}</p>}
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
